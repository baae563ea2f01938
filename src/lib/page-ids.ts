/**
 * Page ids from the page contract (shared/design/page-contract.md). An id is the same in every
 * language and links translations together; it is stable once published.
 */
export const municipalitySlugs = [
  'delft',
  'den-haag',
  'leidschendam-voorburg',
  'midden-delfland',
  'pijnacker-nootdorp',
  'rijswijk',
  'westland',
  'wassenaar',
  'zoetermeer',
] as const;

export type MunicipalitySlug = (typeof municipalitySlugs)[number];

export const lessonSlugs = ['primary', 'secondary', 'mbo'] as const;

export const fixedPageIds = [
  'home',
  'what-is',
  'signs',
  'bystanders',
  'get-help',
  'help-finder',
  'veilig-thuis',
  'after-report',
  'restraining-order',
  'police-report',
  'shelter',
  'children',
  'elderly',
  'honour-based',
  'sexual-violence',
  'stalking',
  'exploitation',
  'residence-status',
  'financial-abuse',
  'using-violence',
  'online-safety',
  'safety-plan',
  'professionals',
  'schools',
  'volunteers',
  'link-to-us',
  'sitemap',
  'figures',
  'regional-approach',
  'check-self',
  'check-other',
  'search',
  'privacy',
  'accessibility',
  'about',
  'not-found',
] as const;

export const pageIds: readonly string[] = [
  ...fixedPageIds,
  ...municipalitySlugs.map((s) => `municipality-${s}`),
  ...municipalitySlugs.map((s) => `poster-${s}`),
  ...municipalitySlugs.map((s) => `card-${s}`),
  ...lessonSlugs.map((s) => `lesson-${s}`),
];

/**
 * `npm run bench -- --scale N` builds a copy of the site with synthetic pages "bench-<n>" to
 * measure how build time and index size grow; only that copy sets this variable.
 */
const allowSynthetic = typeof process !== 'undefined' && process.env?.['BENCH_SYNTHETIC_PAGES'] === '1';

export function isPageId(id: string): boolean {
  return pageIds.includes(id) || (allowSynthetic && /^bench-\d+$/.test(id));
}

/** Edit distance, for "did you mean" hints in content errors. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
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
