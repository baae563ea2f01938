import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every HTML page of the built site as a URL path ("/", "/en/restraining-order/", "/404.html"). */
export function builtPages(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) found.push(`/${relative(distDir, full).split('\\').join('/')}`);
    }
  };
  walk(distDir);
  return found
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .filter((p) => !p.startsWith('/pagefind/'))
    .sort();
}

/** Pages built from one template per municipality: the municipality page, the poster, the wallet card. */
const perMunicipality = /^(?:\/[a-z]{2})?\/(?:gemeente|municipality|poster|kaartje|card)-([a-z-]+)\/$/;
const localeOf = (path: string) => /^\/([a-z]{2})\//.exec(path)?.[1] ?? 'nl';

/**
 * The pages a slow whole-page check (axe, at two widths) visits, so CI stays quick as languages
 * and municipalities are added. Kept: every page in Dutch, and every page written for its
 * language. Sampled, because they repeat markup checked elsewhere with other words: the
 * municipality pages, posters and cards in other languages (one municipality per language, a
 * different one in each), and the pages a language shows in Dutch or English under a notice
 * (each such page in one language, a different language page by page).
 */
export function wholePageSample(paths: string[], isFallback: (path: string) => boolean): string[] {
  const municipalities = [...new Set(paths.map((p) => perMunicipality.exec(p)?.[1]).filter((m): m is string => !!m))].sort();
  const locales = [...new Set(paths.map(localeOf))].filter((l) => l !== 'nl').sort();
  const fallbacks = new Map<string, string[]>();
  for (const path of paths) {
    if (localeOf(path) === 'nl' || perMunicipality.test(path) || !isFallback(path)) continue;
    const rest = path.slice(localeOf(path).length + 1);
    fallbacks.set(rest, [...(fallbacks.get(rest) ?? []), path]);
  }
  const keptFallbacks = new Set(
    [...fallbacks.keys()].sort().map((rest, i) => fallbacks.get(rest)![i % fallbacks.get(rest)!.length]),
  );
  return paths.filter((path) => {
    const locale = localeOf(path);
    if (locale === 'nl') return true;
    const generated = perMunicipality.exec(path);
    if (generated) return generated[1] === municipalities[locales.indexOf(locale) % municipalities.length];
    return !isFallback(path) || keptFallbacks.has(path);
  });
}

/** The built file of a URL path. */
export const fileFor = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path);

/** wholePageSample of the built site: a page falls back when it shows the fallback notice. */
export function sampledPages(): string[] {
  return wholePageSample(builtPages(), (path) => readFileSync(fileFor(path), 'utf8').includes('data-fallback-notice'));
}
