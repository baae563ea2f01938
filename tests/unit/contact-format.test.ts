import { execFileSync } from 'node:child_process';
import { locales } from '../../src/i18n/locales';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDate, monthsBetween, pick, siteLabel } from '../../src/lib/contact-format';

describe('pick', () => {
  const text = { nl: 'Gratis', en: 'Free' };
  it("gives the reader's language when it is there", () => {
    expect(pick(text, 'nl')).toMatchObject({ text: 'Gratis', code: 'nl', lang: 'nl' });
  });
  it('falls back along the chain: Turkish and Arabic readers get English', () => {
    expect(pick(text, 'tr')).toMatchObject({ text: 'Free', code: 'en', lang: 'en' });
    expect(pick(text, 'ar')).toMatchObject({ text: 'Free', code: 'en', lang: 'en' });
  });
  it('uses a translation when there is one', () => {
    expect(pick({ ...text, pl: 'Bezpłatnie' }, 'pl')).toMatchObject({ text: 'Bezpłatnie', code: 'pl', lang: 'pl' });
  });
});

describe('siteLabel', () => {
  it('drops the scheme, www and a trailing slash, keeps a path', () => {
    expect(siteLabel('https://www.veiligthuis.nl/')).toBe('veiligthuis.nl');
    expect(siteLabel('https://www.middendelfland.nl/jeugdhulp')).toBe('middendelfland.nl/jeugdhulp');
  });
});

describe('formatDate', () => {
  it("writes the check date in the reader's language", () => {
    expect(formatDate('2026-11-24', 'nl')).toBe('24 november 2026');
    expect(formatDate('2026-11-24', 'en')).toBe('November 24, 2026');
  });
  it('keeps a year or a month as it is known', () => {
    expect(formatDate('2023', 'nl')).toBe('2023');
    expect(formatDate('2021-02', 'nl')).toBe('februari 2021');
  });
});

describe('monthsBetween', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2026-11-24', '2027-11-24')).toBe(12);
    expect(monthsBetween('2026-11-24', '2027-11-23')).toBe(11);
    expect(monthsBetween('2026-11-24', '2027-12-24')).toBe(13);
  });
});

describe('npm run audit:contacts', () => {
  const script = fileURLToPath(new URL('../../scripts/audit-contacts.mjs', import.meta.url));
  const run = (...args: string[]) => {
    try {
      return { out: execFileSync(process.execPath, [script, ...args], { encoding: 'utf8' }), code: 0 };
    } catch (e) {
      const err = e as { stdout: string; status: number };
      return { out: err.stdout, code: err.status };
    }
  };
  it('lists every contact with its sources, age and unknown facts', () => {
    const { out, code } = run('--today', '2026-12-01');
    expect(code).toBe(0);
    expect(out).toContain('veilig-thuis: Veilig Thuis, 0800-2000');
    expect(out).toContain('source: https://www.heumen.nl/huiselijk-geweld');
    expect(out).toMatch(/fier: Fier[\s\S]*unknown: phone/);
    expect(out).toMatch(/conflicting hours/);
    expect(out).toContain('Leidschendam-Voorburg (taken over 2026-11-24): general phone number');
  });
  it('lists every contact not yet checked on the live website, oldest source first, with the address to check', () => {
    const { out } = run('--today', '2026-12-01');
    const todo = out.slice(0, out.indexOf('Municipalities'));
    expect(todo).toContain('check at: https://veiligthuis.nl');
    // Contacts with only undated sources come before any with a dated one.
    const order = [...todo.matchAll(/newest source (\S+),/g)].map((m) => m[1]!);
    expect(order.length).toBeGreaterThan(10);
    const firstDated = order.findIndex((d) => d !== 'undated');
    expect(order.slice(firstDated).every((d) => d !== 'undated')).toBe(true);
    expect(order.slice(firstDated)).toEqual([...order.slice(firstDated)].sort());
  });
  it('flags contacts checked more than 12 months ago and exits with 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    mkdirSync(join(dir, 'contacts'));
    mkdirSync(join(dir, 'municipalities'));
    const checked = readFileSync(new URL('../../content/contacts/veilig-thuis.yaml', import.meta.url), 'utf8').replace(
      /^takenOn: .*$/m,
      '$&\ncheckedOn: 2026-11-24\ncheckedAt: https://veiligthuis.nl/',
    );
    writeFileSync(join(dir, 'contacts', 'veilig-thuis.yaml'), checked);
    const { out, code } = run('--today', '2028-01-01', '--dir', dir);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(out).toContain('checked 13 months ago (more than 12)');
  });
});

describe('a locale code and its language tag are different things', () => {
  it('pick gives both: the code for the site, the tag for the lang attribute', () => {
    // Every locale of today has code === tag; a "pt-br" folder with the tag "pt-BR" must still work.
    for (const l of locales) {
      const found = pick({ [l.code]: 'x' }, l.code);
      expect(found.code).toBe(l.code);
      expect(found.lang).toBe(l.lang);
      expect(found.dir).toBe(l.dir);
    }
  });
});
