import { test, expect } from '@playwright/test';
import { sampledPages } from '../support/site-pages';
import { axeViolations } from '../support/axe';

// Every Dutch page and every page written for its language; pages repeated from one template
// in other languages are sampled (wholePageSample says which). All at the narrowest phone
// width we support; at a desktop width the Dutch and the Arabic ones, left to right and right to
// left: the wide layout is the same markup in every language. Pages are checked in groups that
// share one browser page: a fresh context per page cost more than axe.
const pages = sampledPages();
const wide = (path: string) => !/^\/(?:en|tr|pl|uk)\//.test(path);
const groups = 6;
for (let g = 0; g < groups; g++) {
  const group = pages.filter((_, i) => i % groups === g);
  test(`axe finds no WCAG 2.2 AA violations at 320 px, and at 1280 px in Dutch and Arabic, pages ${g + 1} of every ${groups}`, async ({
    page,
  }) => {
    test.setTimeout(60_000 + group.length * 6_000);
    for (const path of group) {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      expect.soft(await axeViolations(page, { label: `${path} 320px` })).toEqual([]);
      if (!wide(path)) continue;
      await page.setViewportSize({ width: 1280, height: 800 });
      expect.soft(await axeViolations(page, { label: `${path} 1280px` })).toEqual([]);
    }
  });
}

test('the axe check does catch a violation (an image without alt text, an unlabeled field)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('afterbegin', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text">');
  });
  const found = await axeViolations(page);
  expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
  expect(found.some((v) => v.startsWith('label'))).toBe(true);
});
