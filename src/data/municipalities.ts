/**
 * The municipalities of the region, read once from content/municipalities: what the pages, the
 * help finder and the wallet cards need of them.
 */
import { getCollection } from 'astro:content';
import type { MunicipalityData } from '../schemas/municipality';

export interface Municipality extends MunicipalityData {
  slug: string;
}

let cache: Promise<Municipality[]> | undefined;

/** Every municipality, in alphabetical order of its name. */
export function loadMunicipalities(): Promise<Municipality[]> {
  cache ??= getCollection('municipalities').then((entries) =>
    entries.map((e) => ({ ...e.data, slug: e.id })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  );
  return cache;
}

export async function getMunicipality(slug: string): Promise<Municipality> {
  const all = await loadMunicipalities();
  const found = all.find((m) => m.slug === slug);
  if (!found) {
    throw new Error(
      `There is no content/municipalities/${slug}.yaml. Known municipalities: ${all.map((m) => m.slug).join(', ')}.`,
    );
  }
  return found;
}

/** The municipality's own phone contacts: its teams' numbers and its general number, once each. */
export function localContactIds(m: MunicipalityData): string[] {
  const ids = [
    ...m.teams.flatMap((team) => (team.contact ? [team.contact] : [])),
    ...(m.generalContact ? [m.generalContact] : []),
  ];
  return [...new Set(ids)];
}

export { LOCAL_SECTION } from '../schemas/municipality';
