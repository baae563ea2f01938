import { getCollection, getEntry } from 'astro:content';
import { municipalitySlugs } from './page-ids';
import { LOCAL_SECTION, parseRanges, type MunicipalityData } from '../schemas/municipality';
import type { PlaceIndexEntry } from './lookup';

export async function getMunicipality(slug: string): Promise<MunicipalityData> {
  const entry = await getEntry('municipalities', slug);
  if (!entry) {
    throw new Error(
      `There is no content/municipalities/${slug}.yaml. Known municipalities: ${municipalitySlugs.join(', ')}.`,
    );
  }
  return entry.data;
}

/** The municipality's own phone contacts: its teams' numbers and its general number, once each. */
export function localContactIds(m: MunicipalityData): string[] {
  const ids = [...m.teams.flatMap((team) => (team.contact ? [team.contact] : [])), ...(m.generalContact ? [m.generalContact] : [])];
  return [...new Set(ids)];
}

/** What the help finder needs to look places up, in the order of municipalitySlugs. */
export async function finderIndex(): Promise<PlaceIndexEntry[]> {
  const entries = await getCollection('municipalities');
  return municipalitySlugs.map((slug) => {
    const e = entries.find((x) => x.id === slug);
    if (!e) throw new Error(`content/municipalities/${slug}.yaml is missing.`);
    return { slug, name: e.data.name, places: e.data.places, postcodes: parseRanges(e.data.postcodes) };
  });
}

export { LOCAL_SECTION };
