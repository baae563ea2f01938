import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../e2e/site-pages';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Every built page, at the narrowest phone width we support and at a desktop width.
for (const path of builtPages()) {
  test(`axe finds no WCAG 2.2 AA violations on ${path} at 320 and 1280 px`, async ({ page }) => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      const summary = results.violations.map(
        (v) => `${width}px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    }
  });
}
