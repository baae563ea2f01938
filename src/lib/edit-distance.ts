/**
 * Edit distance with adjacent swaps counted as one edit (optimal string alignment). One
 * function for both uses: "did you mean" hints in content errors, and typos in the help finder.
 * With `max`, it stops early once the distance is clearly above it and returns `max + 1`.
 *
 * @example editDistance('Dleft', 'Delft') // 1
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest known value, if it is close enough to be a likely typo. */
export function suggest(value: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 4)) ? best : undefined;
}

/** " (did you mean "x"?)" for an error message, or "" when nothing is close. */
export function didYouMean(value: unknown, known: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const hint = suggest(value, known);
  return hint ? ` (did you mean "${hint}"?)` : '';
}
