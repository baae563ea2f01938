/**
 * Byte budgets for a first visit on a cheap phone. Bytes only: they are the same on every run, so
 * they can fail a test; timings belong in `npm run bench`.
 * For scale: Starlight transfers about 44 KB per page in 10 requests.
 */
export const budgets = {
  /**
   * A first visit in one round trip: a TCP connection's first flight is about 14 KB (10 packets),
   * compressed and with headers. Every page without an island fits it whole; a page with an island
   * fits it with its HTML, which works for its main task before the island's script arrives.
   */
  firstFlight: 14 * 1024,
  /** Everything a first visit to a page with an island downloads, compressed, all requests. */
  pageTotal: 30 * 1024,
  /**
   * The search engine (Pagefind's script, worker, WebAssembly and index for one language), on
   * the search page only and after the page itself: someone who opens search is about to
   * search, so it loads at once rather than after the first letter typed. Most of it is the
   * 60 KB WebAssembly, which is compressed already.
   */
  searchEngine: 80 * 1024,
  /** JavaScript on a page without an interactive island. */
  scriptWithoutIsland: 5 * 1024,
  /** The quick-exit script, compressed. */
  quickExit: 2 * 1024,
  fonts: 0,
} as const;

export interface Transfer {
  url: string;
  /** 'search': the search engine's files (under /pagefind/), budgeted on their own. */
  type: 'document' | 'stylesheet' | 'script' | 'font' | 'image' | 'fetch' | 'search' | 'other';
  bytes: number;
}

export interface PageWeight {
  total: number;
  requests: number;
  byType: Record<Transfer['type'], number>;
}

export function weigh(transfers: Transfer[]): PageWeight {
  const byType: PageWeight['byType'] = {
    document: 0,
    stylesheet: 0,
    script: 0,
    font: 0,
    image: 0,
    fetch: 0,
    search: 0,
    other: 0,
  };
  for (const t of transfers) byType[t.type] += t.bytes;
  // The search engine has its own budget: the page's total is everything else.
  const page = transfers.filter((t) => t.type !== 'search');
  return { total: page.reduce((sum, t) => sum + t.bytes, 0), requests: transfers.length, byType };
}

/** Maps a request (its URL and Playwright/CDP resource type) to our categories. */
export function categorise(resourceType: string, url = ''): Transfer['type'] {
  if (new URL(url, 'http://x/').pathname.startsWith('/pagefind/')) return 'search';
  switch (resourceType) {
    case 'document':
    case 'stylesheet':
    case 'script':
    case 'font':
    case 'image':
    case 'fetch':
      return resourceType;
    case 'xhr':
      return 'fetch';
    default:
      return 'other';
  }
}

/** Budget breaches of one page, in words a developer can act on. */
export function overBudget(path: string, weight: PageWeight, hasIsland: boolean): string[] {
  const problems: string[] = [];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  if (!hasIsland && weight.total > budgets.firstFlight) {
    problems.push(`${path}: ${kb(weight.total)} on a first visit (budget ${kb(budgets.firstFlight)}: one round trip)`);
  }
  if (hasIsland && weight.byType.document > budgets.firstFlight) {
    problems.push(
      `${path}: its HTML is ${kb(weight.byType.document)} (budget ${kb(budgets.firstFlight)}: the page must work in one round trip)`,
    );
  }
  if (hasIsland && weight.total > budgets.pageTotal)
    problems.push(`${path}: ${kb(weight.total)} on a first visit (budget ${kb(budgets.pageTotal)})`);
  if (!hasIsland && weight.byType.script > budgets.scriptWithoutIsland) {
    problems.push(
      `${path}: ${kb(weight.byType.script)} of JavaScript without an island (budget ${kb(budgets.scriptWithoutIsland)})`,
    );
  }
  if (weight.byType.search > budgets.searchEngine) {
    problems.push(`${path}: the search engine is ${kb(weight.byType.search)} (budget ${kb(budgets.searchEngine)})`);
  }
  if (weight.byType.font > budgets.fonts)
    problems.push(`${path}: downloads font files (${kb(weight.byType.font)}); use the system fonts`);
  return problems;
}
