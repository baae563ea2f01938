/**
 * Left-to-right runs inside right-to-left text. In an Arabic sentence a phone number such as
 * 0800-2000 renders as "2000-0800": after an Arabic letter its digits become "Arabic numbers"
 * and the hyphen between them takes the paragraph's direction (Unicode bidi rules W2, N1). The
 * same happens to year ranges, postcodes ("2611 AB") and Latin names with punctuation
 * ("Centrum Seksueel Geweld (CSG)"). Isolating each such run (`<bdi dir="ltr">`) keeps it in its
 * own order. Pure: used by the build step that isolates runs on right-to-left pages
 * (src/integrations/bidi-isolate.ts) and by the islands for what they render in the browser.
 */

export interface Run {
  text: string;
  ltr: boolean;
}

// A run starts and ends with a Latin letter or a digit, and may hold spaces and the punctuation
// found inside names, numbers and dates. An Arabic letter ends it.
const RUN = /[\p{Script=Latin}\p{Nd}](?:[\p{Script=Latin}\p{Nd}\p{Zs}\-‐‑–.,:/'’()&+@]*[\p{Script=Latin}\p{Nd})])?/gu;

/** Whether a run needs isolating: a lone number ("112") keeps its order by itself. */
function needsIsolation(run: string): boolean {
  return !/^\p{Nd}+$/u.test(run);
}

/** Drops a closing bracket the run did not open (it belongs to the surrounding sentence). */
function balance(run: string): string {
  let text = run;
  while (text.endsWith(')') && (text.match(/\(/g)?.length ?? 0) < (text.match(/\)/g)?.length ?? 0)) {
    text = text.slice(0, -1).trimEnd();
  }
  return text;
}

/**
 * The text cut into runs, the left-to-right ones marked.
 *
 * @example ltrRuns('اتصل بـ 0800-2000.') // [{ text: 'اتصل بـ ', ltr: false }, { text: '0800-2000', ltr: true }, { text: '.', ltr: false }]
 */
export function ltrRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    const run = balance(m[0]);
    if (!needsIsolation(run)) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), ltr: false });
    runs.push({ text: run, ltr: true });
    last = m.index + run.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), ltr: false });
  return runs;
}

const ESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);|&#(\d+);|&#x([0-9a-f]+);/gi, (m, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ESCAPES[m.toLowerCase()] ?? m),
  );
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Elements whose text is never touched: code, scripts, styles, and what is isolated already. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'bdi', 'bdo', 'svg', 'textarea', 'title', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Wraps every left-to-right run in the right-to-left text of an HTML document in
 * `<bdi dir="ltr">`. Text counts as right-to-left inside an element with `dir="rtl"` (the page's
 * `<html>`), until an element sets `dir="ltr"` (a Dutch service name marked `lang="nl" dir="ltr"`,
 * a fallback text) or is one of SKIP. Attributes are left alone.
 */
export function isolateLtrInHtml(html: string): string {
  const out: string[] = [];
  /** Open elements that change the mode, with how deep each name is nested. */
  const stack: { name: string; depth: number; mode: 'rtl' | 'ltr' | 'skip' }[] = [];
  for (const piece of html.split(/(<!--[\s\S]*?-->|<[^>]+>)/)) {
    if (piece.startsWith('<')) {
      out.push(piece);
      const tag = /^<(\/?)([a-zA-Z][\w-]*)([^>]*)>$/.exec(piece);
      if (!tag) continue;
      const [, closing, rawName, attrs] = tag;
      const name = rawName!.toLowerCase();
      const top = stack.at(-1);
      if (closing) {
        if (top && top.name === name && --top.depth === 0) stack.pop();
        continue;
      }
      if (VOID.has(name) || attrs!.trimEnd().endsWith('/')) continue;
      const dir = /\sdir="(\w+)"/.exec(attrs!)?.[1];
      if (SKIP.has(name)) stack.push({ name, depth: 1, mode: 'skip' });
      else if (dir) stack.push({ name, depth: 1, mode: dir === 'rtl' ? 'rtl' : 'ltr' });
      else if (top && top.name === name) top.depth++;
      continue;
    }
    const mode = stack.at(-1)?.mode ?? 'ltr';
    if (mode !== 'rtl' || !/[\p{Script=Latin}\p{Nd}]/u.test(piece)) {
      out.push(piece);
      continue;
    }
    const runs = ltrRuns(decode(piece));
    if (!runs.some((r) => r.ltr)) {
      out.push(piece);
      continue;
    }
    out.push(runs.map((r) => (r.ltr ? `<bdi dir="ltr">${encode(r.text)}</bdi>` : encode(r.text))).join(''));
  }
  return out.join('');
}
