import { z } from 'astro/zod';
import { confidence, httpsUrl, isoDate, localizedText, sourceRef } from './shared-fields';

/**
 * One of the nine municipalities: content/municipalities/<slug>.yaml (slugs in src/lib/page-ids.ts).
 * Places and postcodes drive the help finder; `contacts` sets the order of its page.
 */

/** "2611" or "2611-2614": 4-digit postcode numbers (the letters do not matter here). */
export const postcodeRange = z
  .string({ error: 'a postcode range is text in quotes, for example "2611-2614" or "2601"' })
  .regex(/^[1-9]\d{3}(-[1-9]\d{3})?$/, 'a postcode range looks like "2611-2614" or "2601" (four digits, no letters)')
  .refine((r) => {
    const [from, to = from] = r.split('-').map(Number);
    return from! <= to!;
  }, 'in a postcode range the first number must be the lower one');

export const LOCAL_SECTION = 'local';

export const municipalitySchema = z
  .object({
    name: z.string({ error: 'name is missing: the name of the municipality' }).min(2),
    /** Places, villages and districts people say they live in (the name itself is added). */
    places: z.array(z.string().min(2, 'a place name is empty')).default([]),
    postcodes: z
      .array(postcodeRange, { error: 'list the 4-digit postcode ranges, for example ["2611-2614"]' })
      .min(1, 'a municipality needs at least one postcode range'),
    website: httpsUrl.optional(),
    /** The municipality's page on domestic violence, if there is one. */
    helpPage: httpsUrl.optional(),
    /** Contact id (content/contacts) of the municipality's general number, only when sourced. */
    generalContact: z.string().optional(),
    teams: z
      .array(
        z
          .object({
            name: z.string().min(2),
            for: localizedText,
            /** Contact id of the number that reaches this team, only when sourced. */
            contact: z.string().optional(),
            source: z.array(sourceRef).min(1, 'a local team needs at least one source (a web address)'),
            confidence,
          })
          .strict(),
      )
      .default([]),
    /** Contact ids in the order the page shows them; "local" is the municipality's own section. */
    contacts: z
      .array(z.string())
      .min(1, 'list the contact ids the page shows, in order')
      .refine((ids) => new Set(ids).size === ids.length, 'a contact id appears twice'),
    sources: z.array(sourceRef).min(1, 'a municipality needs at least one source (a web address)'),
    verifiedOn: isoDate,
    /** For editors: conflicts between sources, facts not found. Not shown on the site. */
    notes: z.string().optional(),
  })
  .strict();

export type MunicipalityData = z.output<typeof municipalitySchema>;

/** [from, to] pairs of a municipality's postcode ranges. */
export function parseRanges(ranges: readonly string[]): [number, number][] {
  return ranges.map((r) => {
    const [from, to = from] = r.split('-').map(Number);
    return [from!, to!];
  });
}
