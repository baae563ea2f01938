import { test, expect } from '@playwright/test';
import { builtPages } from './site-pages';
import { locales } from '../../src/i18n/locales';

const contentPages = builtPages().filter((p) => !p.includes('404'));

test('every page declares its language, direction, page id, alternates and a quick exit', async ({ page }) => {
  test.setTimeout(300_000);
  for (const path of builtPages()) {
    await page.goto(path);
    const info = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      pageId: document.body.dataset.page,
      exits: document.querySelectorAll('a[data-quick-exit]').length,
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) =>
        l.getAttribute('hreflang'),
      ),
    }));
    const expected = locales.find((l) => path.startsWith(`/${l.code}/`)) ?? locales[0];
    expect.soft(info.lang, path).toBe(expected.lang);
    expect.soft(info.dir, path).toBe(expected.dir);
    expect.soft(info.pageId, path).toMatch(/^[a-z0-9-]+$/);
    expect.soft(info.exits, path).toBe(1);
    if (!path.includes('404')) {
      expect.soft(info.alternates, path).toContain('x-default');
      expect.soft(info.alternates, path).toContain('nl');
    }
  }
});

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
  await page.locator('nav.language-switcher a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('body')).toHaveAttribute('data-page', 'home');
});

test('every page has a language switcher with all languages', async ({ page }) => {
  test.setTimeout(300_000);
  for (const path of contentPages) {
    await page.goto(path);
    await expect.soft(page.locator('nav.language-switcher a'), path).toHaveCount(locales.length);
  }
});

test('an untranslated page says so in the reader\'s language and keeps the text\'s own language', async ({ page }) => {
  const fallback = contentPages.find((p) => p.startsWith('/tr/') && p !== '/tr/');
  test.skip(!fallback, 'every page is translated into Turkish');
  await page.goto(fallback!);
  const notice = page.locator('[data-fallback-notice]');
  if ((await notice.count()) === 0) return; // this Turkish page is translated
  await expect(notice).toHaveAttribute('lang', 'tr');
  await expect(page.locator('main')).not.toHaveAttribute('lang', 'tr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
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

test('every internal link in the built site leads to a page that exists', async ({ page, request }) => {
  test.setTimeout(300_000);
  const seen = new Set<string>();
  for (const path of builtPages()) {
    await page.goto(path);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) seen.add(href.split('#')[0]!);
  }
  for (const href of seen) expect.soft((await request.get(href)).status(), href).toBe(200);
});

test('sitemap.xml lists translated pages with their hreflang alternates, and no fallback pages', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  expect(xml).toMatch(/<loc>[^<]*\/huisverbod\/<\/loc><xhtml:link rel="alternate" hreflang="nl"[^>]*\/><xhtml:link rel="alternate" hreflang="en" href="[^"]*\/en\/restraining-order\/"/);
  // Fallback pages repeat another language's text: they stay out.
  expect(xml).not.toContain('/tr/restraining-order/');
  expect(xml).not.toContain('/404');
});
