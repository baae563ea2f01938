import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 AA rule sets every page must pass. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations on the page as it is now, one readable line each ("" = none).
 * Legacy mode runs axe in the page itself: the default opens an extra page per run to merge
 * iframe results, which triples the time, and our pages have no iframes. Only violations are
 * reported, so axe skips detailing what passes.
 */
export async function axeViolations(page: Page, { label = '', include }: { label?: string; include?: string } = {}) {
  let builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${label}${label ? ' ' : ''}${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
