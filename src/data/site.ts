/**
 * The site's pages and routes, built once per build from the content collections: every MDX page
 * and every page made from data (src/data/generated-pages.ts). Pages, the sitemap, menus and
 * blocks all read this one table; the middleware (src/middleware.ts) puts the current route on
 * `Astro.locals`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { RouteTable, buildRoutes, type PageFile, type Route } from '../lib/routes';
import { defaultLocale, dirOf, getLocale, locales, type LocaleCode } from '../i18n/locales';
import { useTranslations } from './translate';
import { checkPages, type PageRecord } from '../lib/site-checks';
import type { PageKind } from '../lib/page-kinds';
import { generatedKinds, generatedSlug, type GeneratedType } from './generated-pages';
import { loadMunicipalities, localContactIds, type Municipality } from './municipalities';
import { placeNames } from '../schemas/municipality';
import { pageHash, stateOf, type TranslationStatus } from '../lib/translation';

export type PageEntry = CollectionEntry<'pages'>;

/** One page text in one language, written (MDX) or made from data. */
export interface PageInfo {
  id: string;
  /** The language the text is written in. */
  locale: LocaleCode;
  slug: string;
  title: string;
  description: string;
  keywords: string[];
  kind: PageKind;
  /** A place in a menu; the label in this page's language. */
  menu?: { place: 'header' | 'footer'; order: number; label: string };
  /** The date the text was last changed. */
  updated: string;
  sources: string[];
  next: string[];
  /** Not listed on the all-pages page (the 404 page). */
  hidden: boolean;
  /** In its language's search index (fallback pages never are). */
  searchable: boolean;
  /** Made for paper (lessons, posters, cards): printed without header, menus and quick exit. */
  printable: boolean;
  /** A translation: how it was made, and whether the Dutch changed since (then it links the Dutch page). */
  translation?: { status: TranslationStatus; outdated: boolean };
  body: { type: 'mdx'; entry: PageEntry } | { type: GeneratedType; municipality: Municipality; intro?: PageEntry };
}

/** A link to a page in the reader's language; `lang` is set when the title is in another one. */
export interface PageLink {
  id: string;
  href: string;
  title: string;
  description: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export interface Site {
  table: RouteTable;
  /** A page text in a given language (no fallback). */
  page(locale: string, id: string): PageInfo | undefined;
  /** The page text a route shows. */
  pageFor(route: Route): PageInfo;
  /** A page in the reader's language (or its fallback), or undefined when no page has the id. */
  link(locale: string, id: string): PageLink | undefined;
  /** The menu of a place in the reader's language, in order. */
  menu(locale: string, place: 'header' | 'footer'): (PageLink & { label: string })[];
  /** The pages made from one municipality's file (help page, poster, card) in the reader's language. */
  generated(locale: string, slug: string): Record<GeneratedType, PageLink | undefined>;
  /** A link that must exist: an unknown id stops the build with a message naming `usedBy`. */
  requireLink(locale: string, id: string, usedBy: string): PageLink;
  municipalities: Municipality[];
}

function recordOf(entry: PageEntry): PageRecord & { data: PageEntry['data'] } {
  // The file path, not entry.id: the glob loader shortens "nl/index" to "nl".
  const path = (entry.filePath ?? entry.id).split('\\').join('/');
  const [locale, name] = path.split('/').slice(-2) as [string, string];
  return { file: `content/pages/${locale}/${name}`, locale, slug: name.replace(/\.mdx$/, ''), data: entry.data };
}

async function build(): Promise<Site> {
  const [entries, municipalities] = await Promise.all([getCollection('pages'), loadMunicipalities()]);
  const records = entries.map((e) => ({ ...recordOf(e), entry: e }));
  const generated: { type: GeneratedType; m: Municipality; id: string }[] = [];
  for (const m of municipalities) {
    for (const type of Object.keys(generatedKinds) as GeneratedType[]) {
      generated.push({ type, m, id: generatedKinds[type].id(m.slug) });
    }
  }
  // An MDX page may carry a municipality page's id: it is that page's own text, shown at its top.
  const writable = generated.filter((g) => g.type === 'municipality').map((g) => g.id);
  const report = checkPages(
    records,
    generated.map((g) => g.id),
    writable,
  );
  if (report.errors.length > 0) {
    throw new Error(
      `The pages have ${report.errors.length} mistake${report.errors.length === 1 ? '' : 's'}:\n  - ${report.errors.join('\n  - ')}\n`,
    );
  }

  const pages = new Map<string, PageInfo>();
  const dutch = new Map(records.filter((r) => r.locale === defaultLocale).map((r) => [r.data.id, r.data]));
  // What each Dutch text is now: a translation made from another version is outdated.
  const dutchHash = new Map(
    records.filter((r) => r.locale === defaultLocale).map((r) => [r.data.id, pageHash(r.data, r.entry.body ?? '')]),
  );
  const intros = new Map(records.filter((r) => writable.includes(r.data.id)).map((r) => [`${r.locale}:${r.data.id}`, r]));
  for (const r of records) {
    if (writable.includes(r.data.id)) continue; // an introduction, added to its generated page below
    const d = r.data;
    const source = dutch.get(d.id) ?? d;
    const place = source.menu?.place;
    pages.set(`${r.locale}:${d.id}`, {
      id: d.id,
      locale: r.locale as LocaleCode,
      slug: r.slug,
      title: d.title,
      description: d.description,
      keywords: d.keywords,
      kind: source.kind ?? 'information',
      ...(place ? { menu: { place, order: source.menu?.order ?? 99, label: d.menu?.label ?? d.title } } : {}),
      updated: d.updated,
      sources: d.sources,
      next: d.next,
      hidden: d.hidden,
      searchable: !d.hidden,
      printable: source.print,
      ...(d.translatedFrom
        ? {
            translation: {
              status: d.translatedFrom.status,
              outdated: stateOf(d.translatedFrom.hash, dutchHash.get(d.id) ?? '') === 'outdated',
            },
          }
        : {}),
      body: { type: 'mdx', entry: r.entry },
    });
  }
  for (const g of generated) {
    const kind = generatedKinds[g.type];
    for (const { code } of locales) {
      const t = useTranslations(code);
      const hasLocal = localContactIds(g.m).length > 0 || g.m.teams.length > 0;
      const intro = intros.get(`${code}:${g.id}`);
      const written = intro?.data;
      pages.set(`${code}:${g.id}`, {
        id: g.id,
        locale: code,
        slug: intro?.slug ?? generatedSlug(g.type, code, g.m.slug),
        title: written?.title ?? t(`${g.type}.title`, { name: g.m.name }),
        description:
          written?.description ??
          t(g.type === 'municipality' && hasLocal ? 'municipality.descriptionLocal' : `${g.type}.description`, {
            name: g.m.name,
          }),
        keywords: g.type === 'municipality' ? [g.m.name, ...placeNames(g.m), ...(written?.keywords ?? [])] : [],
        kind: kind.kind,
        updated: written && written.updated > g.m.takenOn ? written.updated : g.m.takenOn,
        sources: [...g.m.sources.map((s) => s.url), ...(written?.sources ?? [])],
        next: written?.next.length ? written.next : [...kind.next],
        hidden: false,
        searchable: kind.searchable,
        printable: kind.printable,
        body: { type: g.type, municipality: g.m, ...(intro ? { intro: intro.entry } : {}) },
      });
    }
  }

  const files: PageFile[] = [...pages.values()].map((p) => ({ locale: p.locale, slug: p.slug, id: p.id }));
  const table = new RouteTable(buildRoutes(files));
  const page = (locale: string, id: string) => pages.get(`${locale}:${id}`);
  const link = (locale: string, id: string): PageLink | undefined => {
    const route = table.get(locale, id);
    const info = route && page(route.contentLocale, id);
    if (!route || !info) return undefined;
    const other = route.contentLocale !== locale;
    return {
      id,
      href: route.path,
      title: info.title,
      description: info.description,
      ...(other ? { lang: getLocale(route.contentLocale).lang, dir: dirOf(route.contentLocale) } : {}),
    };
  };
  return {
    table,
    page,
    pageFor: (route) => page(route.contentLocale, route.id)!,
    link,
    menu: (locale, place) =>
      [...pages.values()]
        .filter((p) => p.locale === defaultLocale && p.menu?.place === place)
        .sort((a, b) => a.menu!.order - b.menu!.order)
        .flatMap((p) => {
          const l = link(locale, p.id);
          const shown = l && page(table.get(locale, p.id)!.contentLocale, p.id);
          return l && shown ? [{ ...l, label: shown.menu?.label ?? shown.title }] : [];
        }),
    generated: (locale, slug) =>
      Object.fromEntries(
        (Object.keys(generatedKinds) as GeneratedType[]).map((type) => [type, link(locale, generatedKinds[type].id(slug))]),
      ) as Record<GeneratedType, PageLink | undefined>,
    requireLink: (locale, id, usedBy) => {
      const found = link(locale, id);
      if (!found) throw new Error(`${usedBy}: no page has the id "${id}" yet. Check the id, or write that page first.`);
      return found;
    },
    municipalities,
  };
}

let cache: Promise<Site> | undefined;

/** The route table and pages of the whole site, built once per build. */
export function loadSite(): Promise<Site> {
  cache ??= build();
  return cache;
}
