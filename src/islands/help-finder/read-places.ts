/**
 * The help finder's place index, read from the page's own list of municipalities and places
 * (HelpFinder.astro renders it as plain HTML, for readers without JavaScript). The list is the
 * data: the names are in the page once, so the first visit stays in one round trip.
 */
import type { PlaceIndexEntry } from '../../lib/lookup';

/** The kinds of place names that are suggested before neighbourhoods and hamlets. */
const major = new Set(['naam', 'stadsdeel', 'kern']);

export function readPlaces(root: ParentNode): { index: PlaceIndexEntry[]; pages: Record<string, string> } {
  const index: PlaceIndexEntry[] = [];
  const pages: Record<string, string> = {};
  for (const item of root.querySelectorAll<HTMLElement>('[data-places]')) {
    const slug = item.dataset['places']!;
    const link = item.querySelector<HTMLAnchorElement>('a[href]');
    const groups = [...item.querySelectorAll<HTMLElement>('[data-kind]')].map((p) => ({
      kind: p.dataset['kind'] ?? '',
      names: (p.querySelector('[data-names]')?.textContent ?? '').split(', ').filter(Boolean),
    }));
    index.push({
      slug,
      name: link?.textContent?.trim() ?? slug,
      places: groups.filter((g) => major.has(g.kind)).flatMap((g) => g.names),
      districts: groups.filter((g) => !major.has(g.kind)).flatMap((g) => g.names),
      postcodes: (item.dataset['postcodes'] ?? '')
        .split(' ')
        .filter(Boolean)
        .map((r): [number, number] => {
          const [from, to = from] = r.split('-').map(Number);
          return [from!, to!];
        }),
    });
    if (link) pages[slug] = link.getAttribute('href')!;
  }
  return { index, pages };
}
