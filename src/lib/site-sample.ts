/**
 * Which built pages the slow whole-page checks visit in a browser (the site walk, the bench), so
 * the time stays bounded as languages and municipalities are added. Kept: every page in the source
 * language, and every page written for its language. Sampled, because they repeat markup that is
 * checked elsewhere with other words: pages made from a municipality's file in other languages (one
 * municipality per language, a different one in each), and the pages a language shows in another
 * language under a notice (each such page in one language, a different language page by page).
 * Pure: the pages are described by what their HTML says (tests/support/dist.ts).
 */
export interface BuiltPage {
  path: string;
  /** The locale code of the reader's language. */
  locale: string;
  /** The page id (`<body data-page>`). */
  id: string;
  /** Shows another language's text under a notice. */
  fallback: boolean;
}

/**
 * @param perMunicipality the municipality a page is made from, when it is (src/data/generated-pages.ts)
 */
export function wholePageSample(
  pages: BuiltPage[],
  sourceLocale: string,
  perMunicipality: (id: string) => string | undefined,
): BuiltPage[] {
  const municipalities = [...new Set(pages.map((p) => perMunicipality(p.id)).filter((m): m is string => !!m))].sort();
  const locales = [...new Set(pages.map((p) => p.locale))].filter((l) => l !== sourceLocale).sort();
  const fallbacks = new Map<string, BuiltPage[]>();
  for (const p of pages) {
    if (p.locale === sourceLocale || perMunicipality(p.id) || !p.fallback) continue;
    fallbacks.set(p.id, [...(fallbacks.get(p.id) ?? []), p]);
  }
  const keptFallbacks = new Set(
    [...fallbacks.keys()].sort().map((id, i) => {
      const list = fallbacks.get(id)!.sort((a, b) => a.locale.localeCompare(b.locale));
      return list[i % list.length]!.path;
    }),
  );
  return pages.filter((p) => {
    if (p.locale === sourceLocale) return true;
    const m = perMunicipality(p.id);
    if (m) return m === municipalities[locales.indexOf(p.locale) % municipalities.length];
    return !p.fallback || keptFallbacks.has(p.path);
  });
}
