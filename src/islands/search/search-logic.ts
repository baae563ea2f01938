/**
 * Pure logic of the search island, kept apart from Preact and Pagefind so it has unit tests
 * (tests/unit/search-logic.test.ts).
 */

/** A piece of an excerpt: plain text, or a matched word to highlight. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => entities[name]!);
}

/**
 * Pagefind's excerpt is HTML: escaped page text with `<mark>` around the matched words. We
 * never insert it as HTML: it becomes text parts and marked parts, rendered as text nodes and
 * `<mark>` elements, so no markup from an index file can reach the page.
 *
 * @example excerptParts('een <mark>huisverbod</mark> &amp; meer')
 * // [{ text: 'een ', mark: false }, { text: 'huisverbod', mark: true }, { text: ' & meer', mark: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (html: string, mark: boolean) => {
    const text = decode(html.replace(/<[^>]*>/g, ''));
    if (text) parts.push({ text, mark });
  };
  let rest = excerpt;
  for (;;) {
    const start = rest.indexOf('<mark>');
    if (start < 0) break;
    const end = rest.indexOf('</mark>', start);
    if (end < 0) break;
    push(rest.slice(0, start), false);
    push(rest.slice(start + '<mark>'.length, end), true);
    rest = rest.slice(end + '</mark>'.length);
  }
  push(rest, false);
  return parts;
}

/** The query as Pagefind should see it: trimmed, single spaces, at most 100 characters. */
export function normalizeQuery(input: string): string {
  return input.replace(/\s+/g, ' ').trim().slice(0, 100);
}

/**
 * Which UI string announces the number of results: none, one or many. Pagefind's count is
 * the number of pages found.
 */
export function countKey(count: number): 'search.none' | 'search.one' | 'search.many' {
  if (count <= 0) return 'search.none';
  return count === 1 ? 'search.one' : 'search.many';
}

/**
 * The address of Pagefind's script, built at run time so that Vite leaves it alone: it only
 * exists after the build (the search-index integration writes it to dist/pagefind/).
 */
export function pagefindScriptUrl(base = '/'): string {
  return pagefindFile('pagefind.js', base);
}

const pagefindFile = (name: string, base: string) => [base.replace(/\/$/, ''), 'pagefind', name].join('/');

/** Pagefind's WASM for an index language ("nl", "en"...; Pagefind names it wasm.<language>.pagefind). */
export function pagefindWasmUrl(lang: string, base = '/'): string {
  const language = lang.toLowerCase().split('-')[0] || 'unknown';
  return pagefindFile(`wasm.${language}.pagefind`, base);
}

/** Fills `{name}` placeholders in a UI string: the one filler of src/lib/text.ts. */
export { fill } from '../../i18n/text';
