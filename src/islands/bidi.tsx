/**
 * Text an island renders in the browser, with its left-to-right runs (phone numbers, postcodes,
 * Latin names) isolated on a right-to-left page, as the build does for the static HTML
 * (src/lib/bidi.ts, src/integrations/bidi-isolate.ts).
 */
import { ltrRuns } from '../lib/bidi';

export function Bidi({ text, rtl }: { text: string; rtl: boolean }) {
  if (!rtl) return <>{text}</>;
  return <>{ltrRuns(text).map((r) => (r.ltr ? <bdi dir="ltr">{r.text}</bdi> : r.text))}</>;
}
