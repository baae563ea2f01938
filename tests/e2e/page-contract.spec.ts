import { test, expect } from '@playwright/test';
import { locales } from '../../src/i18n/locales';

// The markup contract of every page is checked without a browser in tests/dist/contract.test.ts;
// here: what a person sees and does.
test('Arabic pages are right-to-left and mirrored', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/ar/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The exit button sits at the inline start, which is the right-hand side in Arabic.
  const box = (await page.locator('a[data-quick-exit]').boundingBox())!;
  expect(box.x + box.width).toBeGreaterThan(390 / 2);
});

test('the language switcher reaches every language version of a page, with no dead link', async ({ page, request }) => {
  for (const path of ['/', '/en/', '/ar/']) {
    await page.goto(path);
    const links = page.locator('nav.language-switcher a');
    await expect(links).toHaveCount(locales.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }
  // Following a link lands on the same page in the other language.
  await page.goto('/');
  await page.locator('.language-menu > summary').click();
  await page.locator('nav.language-switcher a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('body')).toHaveAttribute('data-page', 'home');
});

test('an unknown address shows the page-not-found page of that language with status 404', async ({ page }) => {
  const nl = await page.goto('/bestaat-niet/');
  expect(nl?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  const ar = await page.goto('/ar/does-not-exist/');
  expect(ar?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).not.toBeEmpty();
});

/**
 * Layout shift (the browser's own measure) from the first paint until the scripts have done
 * their work: the quick exit shows its Shift hint and the finder draws its form. Before the
 * space was kept for them, every page jumped down by a row (0.045 at 390 px) and the finder
 * list by the height of the form (0.07).
 */
test.describe('nothing jumps when the scripts start', () => {
  for (const width of [320, 390]) {
    for (const path of ['/', '/hulp-in-je-gemeente/', '/ar/help-in-your-municipality/', '/uk/help-in-your-municipality/']) {
      test(`${path} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.addInitScript(() => {
          const w = window as unknown as { shifted: number };
          w.shifted = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
              if (!entry.hadRecentInput) w.shifted += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path);
        await expect(page.locator('[data-quick-exit-hint]')).not.toHaveAttribute('hidden');
        if (path !== '/') await expect(page.getByRole('combobox')).toBeVisible();
        // One more frame, so a shift caused by the last change has been reported.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
        expect(shifted).toBeLessThan(0.01);
      });
    }
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('no room is kept for a form or hint that will not come', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto('/hulp-in-je-gemeente/');
      const room = await page.locator('.help-finder > astro-island').evaluate((el) => el.getBoundingClientRect().height);
      expect(room).toBe(0);
      await expect(page.locator('[data-quick-exit-hint]')).toBeHidden();
      const hint = await page.locator('[data-quick-exit-hint]').evaluate((el) => el.getBoundingClientRect().height);
      expect(hint).toBe(0);
    });
  });
});
