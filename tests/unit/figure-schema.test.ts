import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { figureSchema, textIn } from '../../src/schemas/figure';

const figuresDir = join(import.meta.dirname, '../../content/figures');
const figureFiles = readdirSync(figuresDir).filter((f) => f.endsWith('.yaml'));
const load = (file: string): unknown => parse(readFileSync(join(figuresDir, file), 'utf8'));

/** The seed documents live next to the worktrees; set SEEDS_DIR to use another copy. */
const seedsDir = process.env.SEEDS_DIR ?? '/work/shared/seeds';

const valid = {
  id: 'vt-reports',
  kind: 'bar',
  title: { nl: 'Meldingen', en: 'Reports' },
  unit: { nl: 'aantal', en: 'number' },
  categoryLabel: { nl: 'Jaar', en: 'Year' },
  categories: [2017, 2018],
  series: [{ name: { nl: 'Meldingen', en: 'Reports' }, values: [7560, 8434] }],
  years: [2017, 2018],
  source: {
    file: '001_c27f374d1fabb481.txt',
    document: 'Regiovisie Aanpak huiselijk geweld Haaglanden 2019-2022',
    published: '2019-07',
    location: { nl: 'bijlage 3', en: 'annex 3' },
  },
};

/** The editor-facing messages of a failed parse, as "path: message". */
function problems(input: unknown): string[] {
  const result = figureSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('figure files in content/figures', () => {
  it('has the four figures of the Regiovisie annex 3', () => {
    expect(figureFiles.sort()).toEqual([
      'national-estimates.yaml',
      'restraining-orders.yaml',
      'shelter-den-haag.yaml',
      'vt-reports.yaml',
    ]);
  });

  it.each(figureFiles)('%s passes the schema and its id is its file name', (file) => {
    expect(problems(load(file))).toEqual([]);
    expect(figureSchema.parse(load(file)).id).toBe(file.replace(/\.yaml$/, ''));
  });

  it.skipIf(!existsSync(join(seedsDir, '001_c27f374d1fabb481.txt')))('copies every value from the seed it cites', () => {
    for (const file of figureFiles) {
      const figure = figureSchema.parse(load(file));
      const seed = readFileSync(join(seedsDir, figure.source.file), 'utf8');
      for (const value of figure.series.flatMap((s) => s.values)) {
        // The seed writes 120.000 for large numbers and 8434 for four digits.
        const written = [String(value), value.toLocaleString('nl-NL'), value.toLocaleString('de-DE')];
        const found = written.some((w) => new RegExp(`(^|[^\\d.])${w.replace('.', '\\.')}([^\\d]|$)`).test(seed));
        expect(found, `${file}: ${value} is not in ${figure.source.file}`).toBe(true);
      }
    }
  });
});

describe('figureSchema', () => {
  it('accepts a complete figure and turns numeric labels into text', () => {
    expect(problems(valid)).toEqual([]);
    expect(figureSchema.parse(valid).categories).toEqual(['2017', '2018']);
  });

  it('refuses a value that is not a number, naming where it is', () => {
    const bad = { ...valid, series: [{ name: 'x', values: [7560, '8434'] }] };
    expect(problems(bad)).toEqual(['series.0.values.1: must be a number, written as digits only, like 8434 (not "8434")']);
  });

  it('refuses a number written with a Dutch thousands separator', () => {
    // YAML reads 8.434 as the decimal number 8.434.
    const bad = { ...valid, series: [{ name: 'x', values: [7560, 8.434] }] };
    expect(problems(bad)).toEqual([
      'series.0.values.1: must be a whole number, written without dots or commas: 8434, not 8.434 or 8,434',
    ]);
  });

  it('refuses negative values', () => {
    expect(problems({ ...valid, series: [{ name: 'x', values: [7560, -1] }] })).toEqual([
      'series.0.values.1: cannot be negative',
    ]);
  });

  it('refuses a figure without a source', () => {
    const { source: _, ...withoutSource } = valid;
    expect(problems(withoutSource)).toEqual(['source: is missing: every figure needs its source']);
  });

  it('refuses an unknown source file', () => {
    expect(problems({ ...valid, source: { ...valid.source, file: 'notes.txt' } })).toEqual([
      'source.file: is not a seed file name, facts/contacts.md or an https:// address',
    ]);
  });

  it('refuses a title without English', () => {
    expect(problems({ ...valid, title: { nl: 'Meldingen' } })).toEqual(['title.en: is missing']);
  });

  it('refuses a language that the site does not have', () => {
    expect(problems({ ...valid, title: { nl: 'a', en: 'b', fr: 'c' } })).toEqual([
      'title: has an unknown language (fr); use nl, en, tr, ar, pl, uk',
    ]);
  });

  it('refuses a series with a missing value', () => {
    expect(problems({ ...valid, series: [{ name: 'x', values: [7560] }] })).toEqual([
      'series.0.values: has 1 values but there are 2 categories: give one value per category, in the same order',
    ]);
  });

  it('refuses a bar chart with two series and a grouped chart with one', () => {
    const two = [
      { name: 'a', values: [1, 2] },
      { name: 'b', values: [3, 4] },
    ];
    expect(problems({ ...valid, series: two })[0]).toMatch(/^series: a "bar" chart has exactly one series/);
    expect(problems({ ...valid, kind: 'grouped-bar' })[0]).toMatch(/^series: a "grouped-bar" chart needs/);
    expect(problems({ ...valid, kind: 'pie' })[0]).toMatch(/^kind: must be "bar"/);
  });

  it('refuses a year that is not four digits and a badly written date', () => {
    expect(problems({ ...valid, years: [18] })).toEqual(['years.0: must be a year written as four digits, like 2018']);
    expect(problems({ ...valid, source: { ...valid.source, published: 'juli 2019' } })).toEqual([
      'source.published: must be a date written as YYYY-MM, like 2019-07',
    ]);
  });
});

describe('textIn', () => {
  const title = { nl: 'Meldingen', en: 'Reports' };

  it('gives the text in the reader’s language', () => {
    expect(textIn(title, 'en')).toEqual({ text: 'Reports', code: 'en', lang: 'en', dir: 'ltr' });
    expect(textIn(title, 'nl')).toEqual({ text: 'Meldingen', code: 'nl', lang: 'nl', dir: 'ltr' });
  });

  it('falls back along the language chain and says which language it used', () => {
    expect(textIn(title, 'ar')).toEqual({ text: 'Reports', code: 'en', lang: 'en', dir: 'ltr' });
    expect(textIn({ ...title, ar: 'البلاغات' }, 'ar')).toEqual({ text: 'البلاغات', code: 'ar', lang: 'ar', dir: 'rtl' });
  });

  it('uses a plain label as it is, in any language', () => {
    expect(textIn('2018', 'ar')).toEqual({ text: '2018', code: 'ar', lang: 'ar', dir: 'rtl' });
  });
});
