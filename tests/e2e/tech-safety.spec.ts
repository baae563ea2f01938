/**
 * The tech-safety guide in the state people read it in: on a 320 px phone without JavaScript, and
 * printed. Every step shows its label in words; nothing needs a script; on paper the page keeps its
 * steps and labels and loses the quick exit, menus and buttons.
 */
import { test, expect } from '@playwright/test';

const parts = ['/is-mijn-telefoon-veilig/', '/is-mijn-telefoon-veilig-iphone-en-android/', '/ar/tech-safety-trackers/'];

test.describe('without JavaScript at 320 px', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
  test('every step shows its label in words, and nothing is wider than the screen', async ({ page }) => {
    for (const path of parts.slice(1)) {
      await page.goto(path);
      const steps = page.locator('[data-tech-step]');
      expect(await steps.count(), path).toBeGreaterThan(0);
      for (const step of await steps.all()) await expect(step.locator('[data-notice]')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
  test('the hub says what to do before changing anything and links every part', async ({ page }) => {
    await page.goto(parts[0]!);
    const headings = await page.locator('main h2').allInnerTexts();
    const before = headings.indexOf('Voordat je iets verandert');
    expect(before, 'the "before you change anything" section').toBeGreaterThanOrEqual(0);
    expect(before, 'comes before the parts').toBeLessThan(headings.indexOf('Kies wat je wilt nakijken'));
    for (const part of ['iphone-en-android', 'trackers-en-apps', 'stalkerware']) {
      await expect(page.locator(`main a[href="/is-mijn-telefoon-veilig-${part}/"]`).first(), part).toBeVisible();
    }
  });
});

test('printed, the steps and their labels stay, the quick exit, menus and buttons go', async ({ page }) => {
  await page.goto(parts[1]!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-tech-step] [data-notice]').first()).toBeVisible();
  for (const selector of ['.exit-bar', '.site-header__tools', '.page-tools']) await expect(page.locator(selector)).toBeHidden();
});
