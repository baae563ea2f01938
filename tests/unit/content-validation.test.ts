import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, generatedIds } from '../support/content';
import { localeCodes } from '../../src/i18n/locales';

const realContent = fileURLToPath(new URL('../../content/', import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function page(fields: Record<string, string>): string {
  const front = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${front}\n---\n\nTekst.\n`;
}

const dutch = {
  id: 'restraining-order',
  title: 'Tijdelijk huisverbod',
  description: 'Wat een huisverbod is en wat er gebeurt.',
  audience: '[residents]',
  sources: '[001_c27f374d1fabb481.txt]',
  updated: '2026-11-24',
};
const english = {
  ...dutch,
  title: 'Restraining order',
  translatedFrom: '{ locale: nl, hash: 0123456789ab, status: machine-assisted, date: 2026-11-24 }',
};

/** A small content folder with valid UI strings in every language, plus the given pages. */
function site(pages: Record<string, string>, ui: Record<string, Record<string, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'ui'));
  for (const code of localeCodes) {
    const strings = JSON.parse(readFileSync(join(realContent, `ui/${code}.json`), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'ui', `${code}.json`), JSON.stringify({ ...strings, ...ui[code] }));
  }
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(dir, 'pages', path.split('/')[0]!), { recursive: true });
    writeFileSync(join(dir, 'pages', path), text);
  }
  return dir;
}

describe('content checks', () => {
  it('accept a valid Dutch page and its translation', () => {
    const report = checkContent(site({ 'nl/huisverbod.mdx': page(dutch), 'en/restraining-order.mdx': page(english) }));
    expect(report.errors).toEqual([]);
    expect(report.pages).toHaveLength(2);
  });

  it('name the file, the field and a likely fix for an unknown page id', () => {
    const { errors } = checkContent(
      site({ 'nl/huisverbod.mdx': page(dutch), 'en/huisverbod.mdx': page({ ...english, id: 'restraining-ordr' }) }),
    );
    expect(errors).toContain(
      'content/pages/en/huisverbod.mdx: id "restraining-ordr" is not a known page id (did you mean "restraining-order"?)',
    );
  });

  it('reject two pages with the same id in one language', () => {
    const { errors } = checkContent(site({ 'nl/huisverbod.mdx': page(dutch), 'nl/huisverbod-2.mdx': page(dutch) }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^content\/pages\/nl\/huisverbod(-2)?\.mdx: id "restraining-order" is already used by content\/pages\/nl\/huisverbod(-2)?\.mdx in the same language\.$/,
    );
  });

  it('reject a translation whose id has no Dutch page', () => {
    const { errors } = checkContent(site({ 'en/restraining-order.mdx': page(english) }));
    expect(errors[0]).toMatch(/^content\/pages\/en\/restraining-order\.mdx: id "restraining-order" has no Dutch page/);
  });

  it('reject a folder for a language the site does not have', () => {
    const { errors } = checkContent(site({ 'nl/huisverbod.mdx': page(dutch), 'de/huisverbot.mdx': page(english) }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/pages\/de: "de" is not a language of this site/);
  });

  it('reject a language file that lacks a required UI string', () => {
    const { errors } = checkContent(site({ 'nl/huisverbod.mdx': page(dutch) }, { pl: { 'exit.label': '' } }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/ui\/pl\.json: the UI string "exit\.label" is missing/);
  });

  it('reject an unknown UI string key with a suggestion', () => {
    const { errors } = checkContent(site({}, { tr: { 'exit.lable': 'Hızlı çık' } }));
    expect(errors).toEqual([
      'content/ui/tr.json: "exit.lable" is not a known UI string (did you mean "exit.label"?). Keys are declared in src/i18n/ui-schema.ts.',
    ]);
  });

  it('reject a translation that drops a {placeholder}', () => {
    const { errors } = checkContent(site({}, { en: { 'contact.call': 'Call now' } }));
    expect(errors[0]).toMatch(/content\/ui\/en\.json: the UI string "contact\.call" must use the same \{placeholders\}/);
  });

  it('report a missing field and a badly written date', () => {
    const { sources: _dropped, ...withoutSources } = dutch;
    const { errors } = checkContent(site({ 'nl/huisverbod.mdx': page({ ...withoutSources, updated: '24-11-2026' }) }));
    expect(errors).toContain('content/pages/nl/huisverbod.mdx: field "sources" is missing');
    expect(errors.some((e) => e.includes('updated "24-11-2026" must be a date written as YYYY-MM-DD'))).toBe(true);
  });

  it('require a translation to say which Dutch version it was made from', () => {
    const { translatedFrom: _dropped, ...untracked } = english;
    const { errors } = checkContent(site({ 'nl/huisverbod.mdx': page(dutch), 'en/restraining-order.mdx': page(untracked) }));
    expect(errors[0]).toMatch(/field "translatedFrom" is missing/);
  });

  it('reject a web address with capitals or spaces', () => {
    const { errors } = checkContent(site({ 'nl/Huis Verbod.mdx': page(dutch) }));
    expect(errors[0]).toMatch(/use lowercase a-z, 0-9 and hyphens only/);
  });

  it('find no mistakes in the real content', () => {
    expect(checkContent(realContent, generatedIds()).errors).toEqual([]);
  });
});
