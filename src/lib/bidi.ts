/**
 * Left-to-right runs inside right-to-left text. In an Arabic sentence a phone number such as
 * 0800-2000 renders as "2000-0800": after an Arabic letter its digits become "Arabic numbers"
 * and the hyphen between them takes the paragraph's direction (Unicode bidi rules W2, N1). The
 * same happens to year ranges, postcodes ("2611 AB") and Latin names with punctuation
 * ("Centrum Seksueel Geweld (CSG)"). Isolating each such run (`<bdi dir="ltr">`) keeps it in its
 * own order. Pure: used by the build step that isolates runs on right-to-left pages
 * (src/lib/post-build/steps.ts) and by the islands for what they render in the browser.
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

/** Letters written right to left (Hebrew, Arabic and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/** Whether a text holds a right-to-left letter. */
export function hasRtlLetters(text: string): boolean {
  return RTL_LETTER.test(text);
}

/**
 * Whether the left-to-right runs of a text must be isolated where it stands. A run keeps its own
 * order unless the text around it is right to left: the element's direction is rtl (an Arabic
 * page, an Arabic card), or its paragraph holds Arabic letters, even inside a left-to-right
 * element (an Arabic label on an English fallback page, where the digits after an Arabic word
 * become "Arabic numbers" and turn around). So it depends on what the text is and where it
 * stands, not on which page it is on.
 *
 * @example needsIsolating(false, 'Call 0800-2000') // false
 * @example needsIsolating(false, 'اتصل 0800-2000') // true
 */
export function needsIsolating(rtlContext: boolean, paragraph: string): boolean {
  return rtlContext || hasRtlLetters(paragraph);
}
