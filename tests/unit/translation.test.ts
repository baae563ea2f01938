import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataHash, pageHash, staleLanguages, stateOf } from '../../src/lib/translation';
import { pick } from '../../src/lib/pick';

const script = fileURLToPath(new URL('../../scripts/i18n-status.mjs', import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a translation records the Dutch text it was made from', () => {
  const dutch = { title: 'Huisverbod', description: 'Wat een huisverbod is.', keywords: ['huisverbod'] };
  it('has a hash that changes when the Dutch text changes, not when its date does', () => {
    const before = pageHash(dutch, 'Een huisverbod duurt 10 dagen.');
    expect(pageHash(dutch, 'Een huisverbod duurt 10 dagen.\n')).toBe(before);
    expect(pageHash(dutch, 'Een huisverbod duurt 14 dagen.')).not.toBe(before);
    expect(stateOf(before, pageHash(dutch, 'Een huisverbod duurt 14 dagen.'))).toBe('outdated');
    expect(stateOf(undefined, before)).toBe('missing');
  });
  it('passes over an outdated translation of a data text, so an old fact never shows', () => {
    const contact = { for: { nl: 'Bel ons van 9 tot 17 uur.', en: 'Call us from 9 to 5.', tr: 'Bizi 9-17 arası arayın.' } };
    const made = dataHash(contact);
    const changed = {
      ...contact,
      for: { ...contact.for, nl: 'Bel ons van 8 tot 18 uur.' },
      translations: { en: { hash: made }, tr: { hash: made } },
    };
    const stale = staleLanguages(changed);
    expect(stale.sort()).toEqual(['en', 'tr']);
    expect(pick(changed.for, 'tr', stale)).toMatchObject({ text: 'Bel ons van 8 tot 18 uur.', code: 'nl', lang: 'nl' });
    expect(staleLanguages({ ...contact, translations: { en: { hash: made } } })).toEqual([]);
  });
});

describe('npm run i18n:status', () => {
  function site(): string {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-'));
    dirs.push(dir);
    for (const p of ['pages/nl', 'pages/tr', 'ui', 'contacts', 'municipalities', 'questionnaires/nl'])
      mkdirSync(join(dir, p), { recursive: true });
    writeFileSync(join(dir, 'ui/nl.json'), '{}');
    writeFileSync(join(dir, 'ui/tr.json'), '{}');
    writeFileSync(
      join(dir, 'pages/nl/huisverbod.mdx'),
      '---\nid: restraining-order\ntitle: Huisverbod\ndescription: Wat een huisverbod is.\nupdated: 2026-11-30\n---\n\nEen huisverbod duurt 10 dagen.\n',
    );
    writeFileSync(
      join(dir, 'pages/tr/ev-yasagi.mdx'),
      '---\nid: restraining-order\ntitle: Ev yasağı\ndescription: Ev yasağı nedir.\nupdated: 2026-11-30\n---\n\nEv yasağı 10 gün sürer.\n',
    );
    return dir;
  }
  const status = (dir: string) =>
    JSON.parse(execFileSync(process.execPath, [script, '--dir', dir, '--json'], { encoding: 'utf8' })) as Record<
      string,
      { pages: { id: string; state: string }[] }
    >;

  it('marks a stamped translation up to date, and outdated once the Dutch changes', () => {
    const dir = site();
    execFileSync(process.execPath, [script, '--stamp', '--dir', dir, join(dir, 'pages/tr/ev-yasagi.mdx')]);
    expect(readFileSync(join(dir, 'pages/tr/ev-yasagi.mdx'), 'utf8')).toMatch(
      /translatedFrom: \{ locale: nl, hash: [0-9a-f]{12}, status: machine-assisted, date: \d{4}-\d{2}-\d{2} \}/,
    );
    expect(status(dir).tr!.pages).toEqual([
      { id: 'restraining-order', file: 'content/pages/tr/ev-yasagi.mdx', state: 'up-to-date' },
    ]);
    const nl = join(dir, 'pages/nl/huisverbod.mdx');
    writeFileSync(nl, readFileSync(nl, 'utf8').replace('10 dagen', '14 dagen'));
    expect(status(dir).tr!.pages[0]!.state).toBe('outdated');
  });
  it('lists a page with no translation as missing', () => {
    const dir = site();
    rmSync(join(dir, 'pages/tr/ev-yasagi.mdx'));
    expect(status(dir).tr!.pages[0]!.state).toBe('missing');
  });
});
