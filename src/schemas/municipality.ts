import { z } from 'astro/zod';
import {
  confidence,
  httpsUrl,
  localizedText,
  provenance,
  requireTranslationRecords,
  slug,
  source,
  sources,
  translations,
} from './fields';

/**
 * One municipality: content/municipalities/<slug>.yaml. The file is all a municipality needs: its
 * page in every language, its poster and wallet card, and its places in the help finder are made
 * from it (src/data/municipalities.ts). `contacts` sets the order of its page.
 */

/** "2611" or "2611-2614": 4-digit postcode numbers (the letters do not matter here). */
export const postcodeRange = z
  .string({ error: 'a postcode range is text in quotes, for example "2611-2614" or "2601"' })
  .regex(/^[1-9]\d{3}(-[1-9]\d{3})?$/, 'a postcode range looks like "2611-2614" or "2601" (four digits, no letters)')
  .transform((r): [number, number] => {
    const [from, to = from] = r.split('-').map(Number);
    return [from!, to!];
  })
  .refine(([from, to]) => from <= to, 'in a postcode range the first number must be the lower one');

export const LOCAL_SECTION = 'local';

/** What a list of place names is: the words people use for where they live. */
export const placeKinds = ['naam', 'stadsdeel', 'wijk', 'buurt', 'kern', 'buurtschap'] as const;

export const municipalitySchema = z
  .object({
    name: z.string({ error: 'name is missing: the name of the municipality' }).min(2),
    /**
     * Places, villages, districts and neighbourhoods people say they live in (the name itself is
     * matched too), in lists of one kind, each with its source.
     */
    places: z
      .array(
        z
          .object({
            kind: z.enum(placeKinds, { error: `kind must be one of: ${placeKinds.join(', ')}` }),
            names: z.array(z.string().min(2, 'a place name is empty')).min(1, 'a list of places needs at least one name'),
            source,
          })
          .strict(),
      )
      .default([]),
    postcodes: z
      .array(postcodeRange, { error: 'list the 4-digit postcode ranges, for example ["2611-2614"]' })
      .min(1, 'a municipality needs at least one postcode range'),
    website: httpsUrl.optional(),
    /** The municipality's page on domestic violence, if there is one. */
    helpPage: httpsUrl.optional(),
    /** Contact id (content/contacts) of the municipality's general number, only when sourced. */
    generalContact: slug.optional(),
    teams: z
      .array(
        z
          .object({
            name: z.string().min(2),
            for: localizedText,
            /** Contact id of the number that reaches this team, only when sourced. */
            contact: slug.optional(),
            source: sources('a local team'),
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
    /** Sources of the name, postcodes and website. */
    sources: sources('a municipality'),
    ...provenance,
    /** Per language: what Dutch text its translation was made from. */
    translations,
    /** For editors: conflicts between sources, facts not found. Not shown on the site. */
    notes: z.string().optional(),
  })
  .strict()
  .superRefine(requireTranslationRecords);

export type MunicipalityData = z.output<typeof municipalitySchema>;

const majorKinds: readonly string[] = ['naam', 'stadsdeel', 'kern'];

/** Every place name of a municipality, in the order of its lists, each once. */
export function placeNames(m: Pick<MunicipalityData, 'places'>, which: 'all' | 'major' | 'districts' = 'all'): string[] {
  const groups = m.places.filter((g) =>
    which === 'all' ? true : which === 'major' ? majorKinds.includes(g.kind) : !majorKinds.includes(g.kind),
  );
  return [...new Set(groups.flatMap((group) => group.names))];
}
