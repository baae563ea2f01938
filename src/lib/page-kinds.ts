/**
 * What kind of page a page is (frontmatter `kind`): the label a search result shows, and the
 * groups of the all-pages page. One kind per page. Labels: UI strings `search.kind.<kind>`.
 * Pure and tiny: the search island imports it.
 */
export const pageKinds = ['help', 'information', 'professionals', 'site'] as const;
export type PageKind = (typeof pageKinds)[number];

/** The kind from a search result's metadata; unknown or missing values read as information. */
export function parseKind(value: string | undefined): PageKind {
  return (pageKinds as readonly string[]).includes(value ?? '') ? (value as PageKind) : 'information';
}
