import { getCollection, type CollectionEntry } from 'astro:content';
import { RouteTable, buildRoutes, type PageFile } from '../i18n/routing';

export type PageEntry = CollectionEntry<'pages'>;

let cache: Promise<{ table: RouteTable; entries: Map<string, PageEntry> }> | undefined;

function fileOf(entry: PageEntry): PageFile {
  // The file path, not entry.id: the glob loader shortens "nl/index" to "nl".
  const [locale, name] = (entry.filePath ?? entry.id).split('/').slice(-2) as [string, string];
  const slug = name.replace(/\.mdx$/, '');
  return { locale, slug, id: entry.data.id };
}

/** The route table of the whole site, built once per build from the pages collection. */
export function loadSite() {
  cache ??= getCollection('pages').then((entries) => ({
    table: new RouteTable(buildRoutes(entries.map(fileOf))),
    entries: new Map(entries.map((e) => [`${fileOf(e).locale}:${e.data.id}`, e])),
  }));
  return cache;
}

export async function pageEntry(locale: string, id: string): Promise<PageEntry | undefined> {
  return (await loadSite()).entries.get(`${locale}:${id}`);
}
