/**
 * Text an island renders in the browser, with its left-to-right runs (phone numbers, postcodes,
 * Latin names) isolated where the text around them is right to left, by the same rule the build
 * applies to the static HTML (src/lib/bidi.ts, src/lib/post-build/steps.ts): on a right-to-left
 * page, and in any text that holds Arabic letters.
 */
import { ltrRuns, needsIsolating } from '../lib/bidi';

export function Bidi({ text, rtl }: { text: string; rtl: boolean }) {
  if (!needsIsolating(rtl, text)) return <>{text}</>;
  return <>{ltrRuns(text).map((r) => (r.ltr ? <bdi dir="ltr">{r.text}</bdi> : r.text))}</>;
}
