import { defaultLocale, fallbackChain, locales, type LocaleCode } from '../i18n/locales';

/** One page text: `content/pages/<locale>/<slug>.mdx` with frontmatter `id`, or a generated page. */
export interface PageFile {
  locale: string;
  slug: string;
  id: string;
}

/** One URL the site builds: a page in the reader's locale, translated or shown in a fallback. */
export interface Route {
  /** The reader's locale: UI strings, `<html lang>`. */
  locale: LocaleCode;
  id: string;
  /** The locale the text is written in; differs from `locale` on a fallback page. */
  contentLocale: LocaleCode;
  slug: string;
  path: string;
  isFallback: boolean;
}

export function pathFor(locale: string, slug: string): string {
  const prefix = locale === defaultLocale ? '/' : `/${locale}/`;
  return slug === 'index' ? prefix : `${prefix}${slug}/`;
}

/**
 * Every page id gets a URL in every locale, so the language switcher never links to nothing:
 * a missing translation becomes a fallback page with the text of the first language in the
 * locale's fallback chain (see locales.ts), at that language's slug.
 */
export function buildRoutes(files: PageFile[]): Route[] {
  const byId = new Map<string, Map<string, PageFile>>();
  for (const file of files) {
    if (!byId.has(file.id)) byId.set(file.id, new Map());
    byId.get(file.id)!.set(file.locale, file);
  }
  const routes: Route[] = [];
  for (const [id, translations] of byId) {
    for (const { code } of locales) {
      const source = fallbackChain(code)
        .map((l) => translations.get(l))
        .find((f): f is PageFile => f !== undefined);
      if (!source) continue;
      routes.push({
        locale: code,
        id,
        contentLocale: source.locale as LocaleCode,
        slug: source.slug,
        path: pathFor(code, source.slug),
        isFallback: source.locale !== code,
      });
    }
  }
  return routes;
}

/** The routes of the whole site, looked up by page and locale, or by path. Built once per build. */
export class RouteTable {
  private byKey = new Map<string, Route>();
  private byPathMap = new Map<string, Route>();
  constructor(readonly routes: Route[]) {
    for (const r of routes) {
      this.byKey.set(`${r.locale}:${r.id}`, r);
      this.byPathMap.set(r.path, r);
    }
  }
  get(locale: string, id: string): Route | undefined {
    return this.byKey.get(`${locale}:${id}`);
  }
  /** The route of a URL path ("/en/restraining-order/"); a missing final slash is allowed. */
  byPath(pathname: string): Route | undefined {
    return this.byPathMap.get(pathname.endsWith('/') ? pathname : `${pathname}/`);
  }
  /** The path of a page in a locale; throws with a clear message for an unknown id. */
  path(locale: string, id: string): string {
    const route = this.get(locale, id);
    if (!route) throw new Error(`No page with id "${id}" exists (asked for in locale "${locale}").`);
    return route.path;
  }
  has(locale: string, id: string): boolean {
    return this.byKey.has(`${locale}:${id}`);
  }
  /** The real translations of a page (no fallbacks): for hreflang alternates. */
  translations(id: string): Route[] {
    return this.routes.filter((r) => r.id === id && !r.isFallback);
  }
  /** One route per locale for a page: for the language switcher. */
  everyLocale(id: string): Route[] {
    return this.routes.filter((r) => r.id === id);
  }
  inLocale(locale: string): Route[] {
    return this.routes.filter((r) => r.locale === locale);
  }
}

/** The locale a URL path belongs to: its first segment if that is a locale, else the default. */
export function localeFromPath(pathname: string): LocaleCode {
  const first = pathname.split('/').filter(Boolean)[0];
  const match = locales.find((l) => l.code === first && l.code !== defaultLocale);
  return match ? match.code : defaultLocale;
}
