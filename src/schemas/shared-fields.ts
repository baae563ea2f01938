import { z } from 'astro/zod';
import { localeCodes } from '../i18n/locales';
import { seedFiles } from '../lib/sources';

/**
 * Field types shared by the contact and municipality schemas. Messages are for editors: they name
 * what is wrong in plain words (the build adds the file and the field).
 */

/** A date as YAML gives it (a Date for 2026-11-24), normalised to "YYYY-MM-DD". */
export const isoDate = z
  .union([z.string(), z.date()], { error: 'must be a date written as YYYY-MM-DD, for example 2026-11-24' })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD, for example 2026-11-24'));

/** The date printed on a source: "2021", "2021-02" or "2021-02-10" (YAML may read these as numbers or dates). */
export const sourceDate = z
  .union([z.string(), z.number(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'the date of a source must look like 2021, 2021-02 or 2021-02-10'));

/** A web address (http or https: some sources are old pages) or the file name of a seed document. */
export const sourceRef = z
  .string({ error: 'a source must be a web address or a seed file name' })
  .refine(
    (s) => /^https?:\/\/\S+\.\S+$/.test(s) || (seedFiles as readonly string[]).includes(s),
    'a source must be a web address starting with https:// (or http://) or a seed file name such as 003_801f2afde0e7571f.txt',
  );

export const httpsUrl = z
  .string()
  .regex(/^https:\/\/\S+\.\S+$/, 'must be a web address starting with https://');

const otherLocales = localeCodes.filter((c) => c !== 'nl' && c !== 'en');

/**
 * Text in several languages: `nl` and `en` are required, the other site languages optional
 * (readers of a missing language see the fallback from src/i18n/locales.ts).
 */
export const localizedText = z
  .object(
    {
      nl: z.string({ error: 'the Dutch text (nl) is missing' }).min(2, 'the Dutch text (nl) is empty'),
      en: z.string({ error: 'the English text (en) is missing' }).min(2, 'the English text (en) is empty'),
      ...Object.fromEntries(otherLocales.map((c) => [c, z.string().min(2, `the ${c} text is empty`).optional()])),
    },
    { error: 'must be a text per language, for example  nl: ...  and  en: ...' },
  )
  .strict();

export type LocalizedText = { nl: string; en: string } & Partial<Record<string, string>>;

export const confidence = z.enum(['confirmed', 'one-source', 'conflicting'], {
  error: 'confidence must be one of: confirmed, one-source, conflicting',
});
