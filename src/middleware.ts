/**
 * The route context of every page, computed once per page from the one route table
 * (src/data/site.ts) and put on `Astro.locals`: the page id, the reader's language, the language
 * of the text, and the translator. Layouts and blocks read it instead of parsing the URL
 * (as Starlight's route-data middleware does).
 */
import { defineMiddleware } from 'astro:middleware';
import { loadSite } from './data/site';
import { localeFromPath } from './lib/routes';
import { getLocale, type Locale } from './i18n/locales';
import { useTranslations } from './data/translate';
import type { Route } from './lib/routes';

export interface RouteContext extends Route {
  /** The reader's language: UI strings, `<html lang dir>`. */
  reader: Locale;
  /** The language the page text is written in (differs from `reader` on a fallback page). */
  content: Locale;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const { table } = await loadSite();
  const found = table.byPath(context.url.pathname);
  // The page-not-found pages and files outside the content (sitemap) are not in the table.
  const locale = found?.locale ?? localeFromPath(context.url.pathname);
  const route: Route = found ?? {
    locale,
    id: 'not-found',
    contentLocale: locale,
    slug: '404',
    path: context.url.pathname,
    isFallback: false,
  };
  context.locals.route = { ...route, reader: getLocale(route.locale), content: getLocale(route.contentLocale) };
  context.locals.t = useTranslations(route.locale);
  return next();
});
