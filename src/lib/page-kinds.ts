/**
 * What kind of page a page id is: the label a search result shows, and the groups of the
 * sitemap page. One fixed grouping by page id (not by audience: most pages have several
 * audiences, a page has one kind). The labels are UI strings `search.kind.<kind>`.
 */
export const pageKinds = ['help', 'information', 'professionals', 'site'] as const;
export type PageKind = (typeof pageKinds)[number];

const byId: Record<string, PageKind> = {
  home: 'help',
  'get-help': 'help',
  'help-finder': 'help',
  'veilig-thuis': 'help',
  'restraining-order': 'help',
  'police-report': 'help',
  shelter: 'help',
  'safety-plan': 'help',
  'online-safety': 'help',
  'check-self': 'help',
  'check-other': 'help',
  'what-is': 'information',
  signs: 'information',
  bystanders: 'information',
  children: 'information',
  elderly: 'information',
  'honour-based': 'information',
  'using-violence': 'information',
  figures: 'information',
  'regional-approach': 'information',
  professionals: 'professionals',
  schools: 'professionals',
  volunteers: 'professionals',
  'link-to-us': 'professionals',
  privacy: 'site',
  accessibility: 'site',
  about: 'site',
  sitemap: 'site',
  search: 'site',
  'not-found': 'site',
};

/**
 * @example pageKind('restraining-order') // 'help'
 * @example pageKind('municipality-delft') // 'help'
 * @example pageKind('lesson-primary') // 'professionals'
 */
export function pageKind(id: string): PageKind {
  if (id.startsWith('municipality-')) return 'help';
  if (id.startsWith('lesson-') || id.startsWith('poster-')) return 'professionals';
  return byId[id] ?? 'information';
}

/** The kind from a search result's metadata; unknown or missing values read as information. */
export function parseKind(value: string | undefined): PageKind {
  return (pageKinds as readonly string[]).includes(value ?? '') ? (value as PageKind) : 'information';
}
