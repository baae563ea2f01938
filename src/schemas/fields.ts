import { z } from 'astro/zod';
import { locales } from '../i18n/locales';
import { isKnownSourceFile, mirrorHost } from '../lib/sources';
import { translatedLanguages, translationStatuses } from '../lib/translation';

/**
 * Field types that several content schemas share, one definition each. Messages are for editors:
 * they say what is wrong in plain words (Astro's error, or src/schemas/errors.ts, adds the file and
 * the field).
 */

/** A file name or page id: lowercase a-z, digits and single hyphens. */
export const slug = z
  .string({ error: 'must be lowercase letters, digits and hyphens, like veilig-thuis' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens, like veilig-thuis');

/** A date as YAML gives it (a Date for 2026-11-24), normalised to "YYYY-MM-DD". */
export const isoDate = z
  .union([z.string(), z.date()], { error: 'must be a date written as YYYY-MM-DD, for example 2026-11-24' })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD, for example 2026-11-24'));

/**
 * The date printed on a source: "2021", "2021-02", "2021-02-10", or "undated" when the source
 * shows none (YAML may read a date as a number or a Date).
 */
export const sourceDate = z
  .union([z.string(), z.number(), z.date()], {
    error: 'give the date printed on the source (2021, 2021-02 or 2021-02-10) or "undated"',
  })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .pipe(
    z
      .string()
      // A year of this century or the last, a real month and day: "0800" (a phone number's
      // first digits pasted into the date) or "2021-13" is a mistake, not a date.
      .regex(
        /^((19|20)\d{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|undated)$/,
        'the date of a source must be a real date like 2021, 2021-02 or 2021-02-10, or be "undated"',
      ),
  );

export const httpsUrl = z
  .string({ error: 'must be a web address starting with https://' })
  .regex(/^https:\/\/\S+\.\S+$/, 'must be a web address starting with https://');

/**
 * Where a fact or page text comes from: the original web address (http or https: some sources are
 * old pages), a seed document (shared/seeds) or a facts file (facts/contacts.md). Never a copy on a
 * mirror or proxy site: that is not where the organisation said it.
 */
export const sourceRef = z
  .string({ error: 'a source must be a web address or a seed file name' })
  .refine(
    (s) => /^https?:\/\/\S+\.\S+$/.test(s) || isKnownSourceFile(s),
    'is not a seed file name, facts/contacts.md or an https:// address',
  )
  .refine((s) => !mirrorHost(s), {
    error: (issue) =>
      `${mirrorHost(String(issue.input))} is a copy of another site (a mirror or proxy): give the original address, and the copy under "copy"`,
  });

/**
 * One source of a fact: its original address and the date printed on it. `copy` is where we read
 * it when the original was not reachable (a stored or mirrored copy), for editors only.
 */
export const source = z
  .object(
    {
      url: sourceRef,
      date: sourceDate,
      copy: z
        .string()
        .regex(/^https?:\/\/\S+$/, 'copy must be a web address')
        .optional(),
    },
    { error: 'a source is a web address (url) with the date printed on it (date: 2021-02-10, or date: undated)' },
  )
  .strict();

export type Source = z.output<typeof source>;

/** A list of sources: at least one. */
export const sources = (what: string) =>
  z
    .array(source, { error: `${what} needs at least one source (a web address)` })
    .min(1, `${what} needs at least one source (a web address)`);

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .trim()
  .min(1, 'is empty');

/** A text in several languages; `required` says which languages must be there. */
function localizedTextOf(required: (l: (typeof locales)[number]) => boolean) {
  return z
    .object(Object.fromEntries(locales.map((l) => [l.code, required(l) ? text : text.optional()])), {
      error: (issue) => {
        if (issue.code === 'unrecognized_keys') {
          return `has an unknown language (${issue.keys.join(', ')}); use ${locales.map((l) => l.code).join(', ')}`;
        }
        if (issue.input === undefined) return 'is missing';
        return 'must be a text per language, for example  nl: ...  and  en: ...  on separate lines';
      },
    })
    .strict()
    .transform((v) => v as LocalizedText);
}

/**
 * A text of resident data (contacts, municipalities): the languages marked `dataRequired` in
 * src/i18n/locales.ts must be there; readers of another language see its fallback.
 */
export const localizedText = localizedTextOf((l) => l.dataRequired);

/**
 * A text of the figures (for professionals, like their page): Dutch and English required, the
 * other languages may follow (their readers see the English, marked with its language).
 */
export const localizedTextNlEn = localizedTextOf((l) => l.code === 'nl' || l.code === 'en');

export type LocalizedText = { nl: string; en: string } & Partial<Record<string, string>>;

/**
 * What a translation was made from: the hash of the Dutch text (`npm run i18n:status` prints it and
 * `npm run i18n:stamp` writes it), `machine-assisted` until a human translator has reviewed it,
 * and the date it was made or reviewed.
 */
export const translationRecord = z
  .object(
    {
      hash: z.string().regex(/^[0-9a-f]{12}$/, 'hash is the 12-character code npm run i18n:status prints for the Dutch text'),
      status: z.enum(translationStatuses, { error: `status must be ${translationStatuses.join(' or ')}` }),
      date: isoDate,
    },
    { error: 'a translation records hash, status (machine-assisted or reviewed) and date' },
  )
  .strict();

/** Per language (not Dutch), the record of the translation of a data file's texts. */
export const translations = z
  .partialRecord(z.enum(locales.filter((l) => l.code !== 'nl').map((l) => l.code) as [string, ...string[]]), translationRecord)
  .optional();

/** A data file whose texts are translated must say, per language, what they were made from. */
export function requireTranslationRecords(data: { translations?: Record<string, unknown> | undefined }, ctx: z.RefinementCtx) {
  for (const lang of translatedLanguages(data)) {
    if (!data.translations?.[lang]) {
      ctx.addIssue({
        code: 'custom',
        path: ['translations', lang],
        message: `the ${lang} texts need a record: translations: { ${lang}: { hash, status, date } } (npm run i18n:stamp writes it)`,
      });
    }
  }
}

export const confidence = z.enum(['confirmed', 'one-source', 'conflicting'], {
  error: 'confidence must be one of: confirmed, one-source, conflicting',
});

/**
 * When the fact was taken into the site (copied from its sources), and when an editor compared
 * it with the organisation's own live website. `checkedOn` is only for that live check: copying
 * from shared/facts is not a check, and the site never says "checked" without it.
 */
export const provenance = {
  takenOn: isoDate,
  checkedOn: isoDate.optional(),
  /** The live page the editor compared the fact with (required with checkedOn). */
  checkedAt: httpsUrl.optional(),
};
