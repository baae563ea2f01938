import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../e2e/site-pages';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Every built page, at the narrowest phone width we support and at a desktop width.
for (const path of builtPages()) {
  test(`axe finds no WCAG 2.2 AA violations on ${path} at 320 and 1280 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      // Only violations are reported: axe then skips detailing passes, which halves its time.
      const results = await new AxeBuilder({ page })
        .options({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .analyze();
      const summary = results.violations.map(
        (v) => `${width}px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    }
  });
}
