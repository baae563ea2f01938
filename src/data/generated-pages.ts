/**
 * Pages made from data rather than written as MDX, three per municipality (from
 * content/municipalities/<slug>.yaml), in every language: its help page, an A4 poster and a
 * wallet card. Their texts are UI strings filled with the municipality's data, so a new
 * municipality needs nothing but its YAML file.
 */
import type { PageKind } from '../lib/page-kinds';

export interface GeneratedKind {
  /** The page id for a municipality slug. */
  id: (slug: string) => string;
  /** The URL slug per locale; `default` for every language not listed. */
  slug: { default: string } & Partial<Record<string, string>>;
  kind: PageKind;
  /** In the search index of its language. */
  searchable: boolean;
  /** "What can you do now?" links at the end of the page. */
  next: string[];
  /** The blocks its template renders (for their CSS; src/components/blocks/registry.ts). */
  blocks: string[];
  /** Made for paper: printed without the site's header, menus and quick exit. */
  printable: boolean;
}

export const generatedKinds = {
  municipality: {
    id: (slug) => `municipality-${slug}`,
    slug: { nl: 'gemeente-{slug}', default: 'municipality-{slug}' },
    kind: 'help',
    searchable: true,
    next: ['veilig-thuis', 'safety-plan', 'help-finder'],
    blocks: ['Summary', 'MunicipalityContacts'],
    printable: false,
  },
  poster: {
    id: (slug) => `poster-${slug}`,
    slug: { default: 'poster-{slug}' },
    kind: 'professionals',
    searchable: false,
    next: ['link-to-us', 'schools'],
    blocks: ['Poster'],
    printable: true,
  },
  card: {
    id: (slug) => `card-${slug}`,
    slug: { nl: 'kaartje-{slug}', default: 'card-{slug}' },
    kind: 'professionals',
    searchable: false,
    next: ['link-to-us', 'schools'],
    blocks: ['WalletCard'],
    printable: true,
  },
} as const satisfies Record<string, GeneratedKind>;

export type GeneratedType = keyof typeof generatedKinds;

export function generatedSlug(type: GeneratedType, locale: string, slug: string): string {
  const pattern: { default: string } & Partial<Record<string, string>> = generatedKinds[type].slug;
  return (pattern[locale] ?? pattern.default).replace('{slug}', slug);
}

/**
 * Which generated page an id names, if any: the reverse of `generatedKinds[type].id`.
 *
 * @example generatedOf('poster-delft') // { type: 'poster', slug: 'delft' }
 */
export function generatedOf(id: string): { type: GeneratedType; slug: string } | undefined {
  for (const type of Object.keys(generatedKinds) as GeneratedType[]) {
    const prefix = generatedKinds[type].id('');
    if (id.startsWith(prefix) && id.length > prefix.length) return { type, slug: id.slice(prefix.length) };
  }
  return undefined;
}
