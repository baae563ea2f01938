/**
 * Whole-site checks of the pages that no schema of one file can do: duplicate ids, translations
 * without a Dutch page, links to pages that do not exist. Each message names the file and what is
 * wrong, in words an editor understands. Pure: the build runs it on the pages collection
 * (src/data/site.ts), the unit tests on small fixtures.
 */
import { defaultLocale, isLocale } from '../i18n/locales';
import { didYouMean, suggest } from './edit-distance';
import type { PageFile } from './routes';

/** What the checks need of one page file. */
export interface PageRecord {
  /** "content/pages/nl/huisverbod.mdx" */
  file: string;
  locale: string;
  slug: string;
  data: { id: string; next?: string[]; translatedFrom?: unknown };
}

export interface SiteReport {
  errors: string[];
  pages: PageFile[];
}

/**
 * @param generatedIds ids of pages made from data (municipality pages, posters, cards), which
 *   `next` may name too.
 * @param writableIds the generated ids an MDX page may also use: its text then goes at the top of
 *   the generated page (a municipality page's own introduction).
 */
export function checkPages(
  records: PageRecord[],
  generatedIds: readonly string[] = [],
  writableIds: readonly string[] = [],
): SiteReport {
  const errors: string[] = [];
  const pages: PageFile[] = [];
  const seen = new Map<string, string>(); // locale:id -> file
  const known = records.filter((r) => isLocale(r.locale));
  const dutchIds = [...new Set(known.filter((r) => r.locale === defaultLocale).map((r) => r.data.id))];

  for (const r of known) {
    const { id } = r.data;
    if (r.locale === defaultLocale && r.data.translatedFrom) {
      errors.push(`${r.file}: translatedFrom is only for translations; Dutch pages are the source.`);
    }
    if (r.locale !== defaultLocale && !r.data.translatedFrom) {
      errors.push(`${r.file}: field "translatedFrom" is missing: a translation records the Dutch page it was made from.`);
    }
    if (generatedIds.includes(id) && !writableIds.includes(id)) {
      errors.push(`${r.file}: id "${id}" is a page made from data (content/municipalities); choose another id.`);
      continue;
    }
    if (r.locale !== defaultLocale && !dutchIds.includes(id)) {
      errors.push(
        suggest(id, dutchIds)
          ? `${r.file}: id "${id}" is not a known page id${didYouMean(id, dutchIds)}`
          : `${r.file}: id "${id}" has no Dutch page. Write content/pages/${defaultLocale}/… with this id first; every translation is made from a Dutch page.`,
      );
      continue;
    }
    const key = `${r.locale}:${id}`;
    if (seen.has(key)) {
      errors.push(`${r.file}: id "${id}" is already used by ${seen.get(key)} in the same language.`);
      continue;
    }
    seen.set(key, r.file);
    pages.push({ locale: r.locale, slug: r.slug, id });
  }

  const allIds = [...dutchIds, ...generatedIds];
  for (const r of known) {
    for (const next of r.data.next ?? []) {
      if (!allIds.includes(next)) errors.push(`${r.file}: next "${next}" is not a known page id${didYouMean(next, allIds)}`);
    }
  }
  const slugs = new Set<string>();
  for (const p of pages) {
    const key = `${p.locale}/${p.slug}`;
    if (slugs.has(key)) errors.push(`content/pages/${key}.mdx: two pages have the same web address.`);
    slugs.add(key);
  }
  return { errors, pages };
}
