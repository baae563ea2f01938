import { test, expect, type Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readMunicipalities } from '../support/content';

/**
 * Posters, wallet cards and printed lessons: on paper without menus and quick exit, and every QR
 * code reads back as the address it is meant for (decoded from the rendered pixels).
 */
const slugs = Object.keys(readMunicipalities());

async function decode(element: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await element.screenshot({ scale: 'device' }));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test.use({ deviceScaleFactor: 2 });

for (const [locale, poster, card, help] of [
  ['nl', '/poster-{slug}/', '/kaartje-{slug}/', '/gemeente-{slug}/'],
  ['en', '/en/poster-{slug}/', '/en/card-{slug}/', '/en/municipality-{slug}/'],
] as const) {
  test(`every ${locale} poster and wallet card has a QR code that reads as its municipality's help page`, async ({
    page,
    baseURL,
  }) => {
    test.slow();
    for (const slug of slugs) {
      const want = (path: string) => path.replace('{slug}', slug);
      await page.goto(want(poster));
      const p = page.locator(`[data-poster="${slug}"]`);
      const target = await p.getAttribute('data-qr-url');
      expect(new URL(target!).pathname, slug).toBe(want(help));
      expect(await decode(p.locator('.poster__qr svg')), `poster ${slug}`).toBe(target);
      await expect(p).toContainText(new URL(target!).pathname);
      await expect(p.locator('a[href="tel:112"]')).toBeVisible();
      await expect(p.locator('a[href="tel:08002000"]')).toBeVisible();

      await page.goto(want(card));
      const c = page.locator(`[data-card="${slug}"]`);
      expect(await c.getAttribute('data-qr-url')).toBe(target);
      expect(await decode(c.locator('.wallet__qr svg').first()), `card ${slug}`).toBe(target);
    }
    expect(baseURL).toBeTruthy();
  });
}

test('a wallet card says nothing about violence, and folds to bank-card size', async ({ page }) => {
  await page.goto('/kaartje-delft/');
  const card = page.locator('.wallet').first();
  await expect(card).not.toContainText(/geweld|mishandel/i);
  // Not even in the site's address, which names the topic: the QR code carries it.
  await expect(card).not.toContainText(/https?:/);
  await page.emulateMedia({ media: 'print' });
  for (const panel of await card.locator('.wallet__panel').all()) {
    const box = (await panel.boundingBox())!;
    // 85.6 × 54 mm at 96 px per inch: about 324 × 204 px.
    expect(Math.round(box.width)).toBeGreaterThanOrEqual(320);
    expect(Math.round(box.width)).toBeLessThanOrEqual(328);
    expect(Math.round(box.height)).toBeGreaterThanOrEqual(200);
    expect(Math.round(box.height)).toBeLessThanOrEqual(208);
  }
  await expect(page.locator('.wallet')).toHaveCount(4);
  await expect(page.locator('.wallet').nth(3)).toBeVisible();
});

test('the English wallet card says nothing about violence or abuse either', async ({ page }) => {
  await page.goto('/en/card-delft/');
  await expect(page.locator('.wallet').first()).not.toContainText(/violen|abus|https?:/i);
});

for (const path of ['/poster-westland/', '/kaartje-westland/', '/les-basisschool/', '/en/lesson-mbo/']) {
  test(`${path} prints without menus, quick exit or page end`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('a[data-quick-exit]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.exit-bar', '.site-header', '.site-nav', '.danger-line', '.site-footer', '.next-steps']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.locator('main')).toBeVisible();
  });
}

test('a printed lesson ends with a QR code back to the page and its address', async ({ page }) => {
  await page.goto('/les-basisschool/');
  const address = page.locator('[data-print-address]');
  await expect(address).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(address).toBeVisible();
  const target = await address.getAttribute('data-qr-url');
  expect(new URL(target!).pathname).toBe('/les-basisschool/');
  await expect(address).toContainText(target!);
  expect(await decode(address.locator('svg'))).toBe(target);
});

test('pages made for paper say when their QR codes point to the placeholder address', async ({ page }) => {
  await page.goto('/poster-delft/');
  const url = await page.locator('[data-poster]').getAttribute('data-qr-url');
  const placeholder = url!.startsWith('https://huiselijkgeweld-haaglanden.example');
  await expect(page.locator('[data-placeholder-site]')).toHaveCount(placeholder ? 1 : 0);
});

test('a shared link shows a neutral preview, the same on every page', async ({ page }) => {
  for (const path of ['/', '/huisverbod/', '/en/restraining-order/']) {
    await page.goto(path);
    const title = await page.locator('meta[property="og:title"]').getAttribute('content');
    expect(title).not.toMatch(/geweld|violence|huisverbod|restraining/i);
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
  }
});
