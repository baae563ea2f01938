import { z } from 'astro/zod';
import { getLocale } from '../i18n/locales';
import { localizedTextNlEn as localizedText, sourceRef } from './fields';
import { pick, type Picked } from '../lib/pick';

/**
 * One chart on the figures page: `content/figures/<id>.yaml`, shown with
 * `<FigureChart id="<id>" />`. content/figures/README.md explains every field to editors.
 * Messages are read by editors, so they say what to write, in plain words.
 */

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .trim()
  .min(1, 'is empty');

/** A label that is the same in every language (such as a year) or differs per language. */
const label = z.union([z.string().trim().min(1), z.number().transform(String), localizedText], {
  error: 'must be a text (such as 2017) or a text per language (nl: ..., en: ...)',
});

export type Label = z.output<typeof label>;

const value = z
  .number({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? 'is missing: every category needs a value'
        : `must be a number, written as digits only, like 8434 (not "${String(issue.input)}")`,
  })
  .int('must be a whole number, written without dots or commas: 8434, not 8.434 or 8,434')
  .nonnegative('cannot be negative');

const year = z
  .number({ error: 'must be a year written as four digits, like 2018' })
  .int('must be a year written as four digits, like 2018')
  .min(1900, 'must be a year written as four digits, like 2018')
  .max(2100, 'must be a year written as four digits, like 2018');

export const figureSchema = z
  .object({
    id: z
      .string({ error: 'is missing: use the file name without .yaml' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'may only contain lowercase letters, digits and hyphens'),
    kind: z.enum(['bar', 'grouped-bar'], {
      error: 'must be "bar" (one value per category) or "grouped-bar" (a bar per series in each category)',
    }),
    title: localizedText,
    /** What the numbers count ("aantal meldingen"); the value column heading of a bar chart. */
    unit: localizedText,
    /** Heading of the first column of the table ("Jaar", "Soort plaats"). */
    categoryLabel: localizedText,
    categories: z.array(label).min(1, 'needs at least one category'),
    series: z.array(z.object({ name: label, values: z.array(value) }).strict()).min(1, 'needs at least one series with values'),
    /** The year or years the numbers are about. */
    years: z.array(year, { error: 'must be a list of years, like [2017, 2018]' }).min(1, 'needs at least one year'),
    source: z
      .object(
        {
          file: z.string({ error: 'is missing: the seed file name, like 001_c27f374d1fabb481.txt' }).pipe(sourceRef),
          /** The title of the source document, as it is published. */
          document: text,
          /** When the source was published: YYYY-MM or YYYY-MM-DD. */
          published: z
            .string({ error: 'must be a date written as YYYY-MM, like 2019-07 (in quotes)' })
            .regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, 'must be a date written as YYYY-MM, like 2019-07'),
          /** Where in the document: annex, section, page. */
          location: localizedText,
        },
        { error: (issue) => (issue.input === undefined ? 'is missing: every figure needs its source' : undefined) },
      )
      .strict(),
    note: localizedText.optional(),
  })
  .strict()
  .superRefine((figure, ctx) => {
    if (figure.kind === 'bar' && figure.series.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['series'],
        message: `a "bar" chart has exactly one series, this one has ${figure.series.length}; use kind "grouped-bar"`,
      });
    }
    if (figure.kind === 'grouped-bar' && figure.series.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['series'],
        message: 'a "grouped-bar" chart needs at least two series; use kind "bar" for one',
      });
    }
    figure.series.forEach((s, i) => {
      if (s.values.length !== figure.categories.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['series', i, 'values'],
          message: `has ${s.values.length} values but there are ${figure.categories.length} categories: give one value per category, in the same order`,
        });
      }
    });
  });

export type Figure = z.output<typeof figureSchema>;

/**
 * The text of a label in the reader's locale, or in the first language of its fallback chain
 * that has one (Arabic -> English -> Dutch). `locale` is the language the text is really in,
 * so the page can mark it with `lang` and `dir`.
 */
export function textIn(value: Label, locale: string): Picked {
  if (typeof value === 'string') {
    const l = getLocale(locale);
    return { text: value, code: l.code, lang: l.lang, dir: l.dir };
  }
  return pick(value, locale);
}
