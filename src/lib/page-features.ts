/**
 * Which feature styles a page needs, read from its MDX text.
 *
 * Every page is built by one route, so Astro would bundle the CSS of every block into every
 * page: 18.5 KB of inline CSS where a plain text page needs half. A page instead gets the site
 * CSS plus the CSS of the blocks it uses (src/styles/features.ts). The test "every class on a
 * page is styled on that page" (tests/e2e/page-contract.spec.ts) catches a block missing here.
 */
export const features = ['contact-card', 'help-finder', 'local-help', 'self-check', 'figure-chart', 'search'] as const;
export type Feature = (typeof features)[number];

/** The MDX blocks that need feature CSS, with the blocks they render inside them. */
const needs: Record<string, readonly Feature[]> = {
  ContactCard: ['contact-card'],
  HelpFinder: ['contact-card', 'help-finder'],
  MunicipalityContacts: ['contact-card', 'local-help'],
  SelfCheck: ['contact-card', 'self-check'],
  FigureChart: ['figure-chart'],
  SiteSearch: ['contact-card', 'search'],
};

/** The features used by an MDX text, in a fixed order (the same CSS in the same order on every page). */
export function featuresUsed(mdx: string): Feature[] {
  const used = new Set<Feature>();
  for (const [block, list] of Object.entries(needs)) {
    if (new RegExp(`<${block}[\\s/>]`).test(mdx)) list.forEach((f) => used.add(f));
  }
  return features.filter((f) => used.has(f));
}
