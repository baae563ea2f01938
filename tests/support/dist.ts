/**
 * The built site as the static tests read it: every page's URL path and HTML. `DIST_DIR` points
 * the same tests at another build (the recipe test's scratch site).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, defaultLocale } from '../../src/i18n/locales';
import { generatedOf } from '../../src/data/generated-pages';
import { wholePageSample, type BuiltPage } from '../../src/lib/site-sample';

export const distDir = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every HTML page of the built site as a URL path ("/", "/en/restraining-order/", "/404.html"). */
export function builtPages(dir = distDir): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) found.push(`/${relative(dir, full).split('\\').join('/')}`);
    }
  };
  walk(dir);
  return found
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .filter((p) => !p.startsWith('/pagefind/'))
    .sort();
}

/** The built file of a URL path. */
export const fileFor = (path: string, dir = distDir) => join(dir, path.endsWith('/') ? `${path}index.html` : path);

let cache: { path: string; html: string }[] | undefined;
/** Every page with its HTML, read once per test file. */
export function builtHtml(): { path: string; html: string }[] {
  cache ??= builtPages().map((path) => ({ path, html: readFileSync(fileFor(path), 'utf8') }));
  if (cache.length === 0) throw new Error(`No built pages in ${distDir}: run the build first.`);
  return cache;
}

/** What a page's HTML says about it: language, page id, whether it falls back. */
export function describePage(path: string, html: string): BuiltPage {
  const lang = /<html[^>]* lang="([^"]+)"/.exec(html)?.[1];
  return {
    path,
    locale: locales.find((l) => l.lang === lang)?.code ?? defaultLocale,
    id: /<body[^>]* data-page="([^"]+)"/.exec(html)?.[1] ?? '',
    fallback: html.includes('data-fallback-notice'),
  };
}

/** The pages the browser walk visits (src/lib/site-sample.ts says which). */
export function sampledPages(): BuiltPage[] {
  const municipalityOf = (id: string) => {
    const g = generatedOf(id);
    return g ? g.slug : undefined;
  };
  return wholePageSample(
    builtHtml().map(({ path, html }) => describePage(path, html)),
    defaultLocale,
    municipalityOf,
  );
}
