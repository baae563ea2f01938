import { test, expect, type Page, type Request } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../support/dist';
import { localeCodes } from '../../src/i18n/locales';
import { searchExamples, noResultQueries } from '../../src/islands/search/examples';

/** Page id, language and searchability of every built page, read from the HTML. */
const pages = builtPages()
  .filter((p) => p.endsWith('/'))
  .map((path) => {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    return {
      path,
      id: /<body data-page="([^"]+)"/.exec(html)?.[1] ?? '',
      lang: /<html lang="([^"]+)"/.exec(html)?.[1] ?? '',
      indexed: /<main[^>]*data-pagefind-body/.test(html),
    };
  });
const idOf = (url: string) => pages.find((p) => p.path === new URL(url, 'http://x').pathname)?.id;
const indexed = (lang: string, id: string) => pages.some((p) => p.lang === lang && p.id === id && p.indexed);
const searchPath = (lang: string) => pages.find((p) => p.lang === lang && p.id === 'search')!.path;

/** Types a query and waits for the finished search (the island marks its state). */
async function search(page: Page, query: string) {
  const input = page.getByRole('searchbox');
  // From an empty field, so the result of a query before is never taken for this one.
  await input.fill('');
  await expect(page.locator('[data-search-status="done"]')).toHaveCount(0);
  await input.fill(query);
  await expect(page.locator('[data-search-status="done"]')).toBeAttached();
  await expect(page.locator('[data-search-status="done"]')).toContainText(query);
}

async function resultUrls(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

const pagefindRequest = (r: Request) => new URL(r.url()).pathname.startsWith('/pagefind/');

for (const lang of localeCodes.filter((code) => searchExamples[code])) {
  test.describe(`search in ${lang}`, () => {
    // One search page for all of a language's examples: each query replaces the one before.
    test(`each example query finds its page among the first three (${searchExamples[lang]!.map((e) => e.query).join(', ')})`, async ({
      page,
    }) => {
      const examples = searchExamples[lang]!.filter((e) => indexed(lang, e.expect));
      expect(examples.length).toBeGreaterThan(0);
      await page.goto(searchPath(lang));
      for (const example of examples) {
        await search(page, example.query);
        const top = (await resultUrls(page)).slice(0, 3).map(idOf);
        expect.soft(top, `"${example.query}" should find ${example.expect}`).toContain(example.expect);
      }
    });

    if (lang !== 'nl' && lang !== 'en') return;
    test(`results show a title link, the kind of page and the excerpt with the words marked (${lang})`, async ({ page }) => {
      await page.goto(searchPath(lang));
      await search(page, lang === 'nl' ? 'huisverbod' : 'restraining order');
      const first = page.locator('[data-search-results] li').first();
      await expect(first.getByRole('link')).not.toBeEmpty();
      await expect(first.locator('[data-kind="help"]')).toHaveText(lang === 'nl' ? 'Hulp' : 'Help');
      await expect(first.locator('mark').first()).toContainText(lang === 'nl' ? /huisverbod/i : /restraining|order/i);
      // The count is announced politely; it is the total, and a button shows what is not listed yet.
      const status = page.locator('[data-search-status]');
      await expect(status).toHaveAttribute('role', 'status');
      const shown = await page.locator('[data-search-results] li').count();
      const total = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
      expect(total).toBeGreaterThanOrEqual(shown);
      await expect(page.locator('.site-search__more')).toHaveCount(total > shown ? 1 : 0);
    });

    test(`a query with no results offers help instead of an empty box (${lang})`, async ({ page }) => {
      await page.goto(searchPath(lang));
      await search(page, noResultQueries[0]!);
      await expect(page.locator('[data-search-results]')).toHaveCount(0);
      const help = page.locator('[data-search-help]');
      await expect(help).toBeVisible();
      // The Veilig Thuis contact card comes from the page (ContactCard), not typed in the island.
      await expect(help.locator('[data-contact="veilig-thuis"]')).toBeAttached();
      const hrefs = await help.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.map(idOf)).toEqual(expect.arrayContaining(['get-help', 'sitemap']));
    });

    test(`axe finds no WCAG 2.2 AA violations with results shown (${lang})`, async ({ page }) => {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(searchPath(lang));
        await search(page, lang === 'nl' ? 'hulp' : 'help');
        await expect(page.locator('[data-search-results] li').first()).toBeVisible();
        expect(await axeViolations(page, { label: `${width}px` })).toEqual([]);
      }
    });
  });
}

test('an English query on the Dutch search page finds only Dutch pages', async ({ page }) => {
  await page.goto(searchPath('nl'));
  await search(page, 'restraining order police report');
  for (const url of await resultUrls(page)) expect(pages.find((p) => p.path === url)?.lang, url).toBe('nl');
  await page.goto(searchPath('en'));
  await search(page, 'huisverbod');
  const urls = await resultUrls(page);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^\/en\//);
});

test('"show more" adds the next results and moves focus to the first new one', async ({ page }) => {
  await page.goto(searchPath('nl'));
  await search(page, 'hulp');
  const items = page.locator('[data-search-results] li');
  const before = await items.count();
  const more = page.locator('.site-search__more');
  test.skip((await more.count()) === 0, 'fewer results than one page');
  await more.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => items.count()).toBeGreaterThan(before);
  await expect(items.nth(before).getByRole('link')).toBeFocused();
});

test('a Turkish reader searches pages in Turkish only', async ({ page }) => {
  // The Turkish search page: its box and its results are Turkish ("şiddet", violence, is on
  // Turkish pages and on no English or Dutch page).
  test.skip(!indexed('tr', 'home'), 'no Turkish page in this build yet');
  const path = searchPath('tr');
  await page.goto(path);
  await expect(page.locator('.site-search-block')).toHaveAttribute('lang', 'tr');
  await search(page, 'şiddet');
  const urls = await resultUrls(page);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^\/tr\//);
});

test("a query with no results offers, in the reader's language, to search the English and Dutch pages", async ({ page }) => {
  await page.goto(searchPath('tr'));
  await search(page, noResultQueries[0]!);
  const other = page.locator('[data-search-other] a');
  await expect(other).toHaveCount(2);
  expect(await other.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([searchPath('en'), searchPath('nl')]);
  await expect(other.first()).toContainText('İngilizce');
  await page.goto(searchPath('nl'));
  await search(page, noResultQueries[0]!);
  await expect(page.locator('[data-search-other] a')).toHaveAttribute('href', searchPath('en'));
});

test('axe finds no violations on the Arabic search page with a query answered', async ({ page }) => {
  await page.goto(searchPath('ar'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await search(page, noResultQueries[1]!);
  await expect(page.locator('[data-search-help]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the search page works at 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(searchPath('nl'));
  await search(page, 'aangifte doen');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Keyboard: from the field, Tab reaches the button and then the first result.
  await page.getByRole('searchbox').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Zoeken' })).toBeFocused();
});

test('no page but the search page fetches anything from /pagefind/; the search page starts once it has loaded; search runs under the CSP', async ({
  page,
}) => {
  const requests: string[] = [];
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  page.on('request', (r) => {
    if (pagefindRequest(r)) requests.push(r.url());
  });
  for (const path of ['/', '/huisverbod/', '/hulp-in-je-gemeente/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requests).toEqual([]);
  // A reader who opened the search page came to search: Pagefind loads after the page, unasked.
  await page.goto(searchPath('nl'));
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await page.getByRole('searchbox').focus();
  await page.keyboard.type('h');
  await expect(page.locator('[data-search-status="done"]')).toBeAttached();
  expect(requests.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
  expect(blocked).toEqual([]);
});

// The island asks for Pagefind's WASM alongside pagefind.js. That only helps if it is the file
// Pagefind then uses: else a phone downloads 60 KB twice (or asks for a file that does not exist:
// Ukrainian has no stemmer of its own, its file is wasm.unknown). Pagefind's worker asks for the
// file again and gets it from the browser's cache: only one of the requests may cross the network
// (bytes received = headers + body as the browser counts them; 0 for a cache hit).
for (const [lang, file] of [
  ['nl', 'nl'],
  ['en', 'en'],
  ['uk', 'unknown'],
] as const) {
  test(`search in ${lang} uses the WASM file it preloads, downloaded once`, async ({ page }) => {
    const wasm: { path: string; bytes: number }[] = [];
    page.on('requestfinished', async (r) => {
      const path = new URL(r.url()).pathname;
      if (!/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(path)) return;
      const sizes = await r.sizes();
      wasm.push({ path, bytes: sizes.responseHeadersSize + sizes.responseBodySize });
    });
    await page.goto(searchPath(lang));
    await page.getByRole('searchbox').focus();
    await expect(page.locator('link[rel="preload"][as="fetch"]')).toHaveAttribute('href', `/pagefind/wasm.${file}.pagefind`);
    await search(page, lang === 'nl' ? 'huisverbod' : lang === 'en' ? 'restraining order' : 'притулок');
    await page.waitForLoadState('networkidle');
    expect(new Set(wasm.map((w) => w.path))).toEqual(new Set([`/pagefind/wasm.${file}.pagefind`]));
    expect(wasm.filter((w) => w.bytes > 0)).toHaveLength(1);
  });
}

// The test server compresses like a CDN (playwright.config.ts): these are the bytes a phone downloads.
test('the first query fetches less than 100 KB from /pagefind/', async ({ page }) => {
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  page.on('requestfinished', (r) => {
    if (pagefindRequest(r)) sizes.push(r.sizes().then((s) => ({ url: new URL(r.url()).pathname, bytes: s.responseBodySize })));
  });
  await page.goto(searchPath('nl'));
  await search(page, 'huisverbod');
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(sizes);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  test.info().annotations.push({
    type: 'pagefind bytes',
    description: `${total} bytes: ${files.map((f) => `${f.url} ${f.bytes}`).join(', ')}`,
  });
  expect(files.length).toBeGreaterThan(0);
  expect(total).toBeLessThan(100 * 1024);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says so and links to the list of all pages', async ({ page }) => {
    for (const lang of ['nl', 'en']) {
      await page.goto(searchPath(lang));
      const fallback = page.locator('[data-search-fallback]');
      await expect(fallback).toBeVisible();
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      const href = await fallback.getByRole('link').getAttribute('href');
      expect(idOf(href!)).toBe('sitemap');
    }
  });
});

test('the all-pages list links every page of its language, grouped, without the 404 page', async ({ page }) => {
  for (const lang of ['nl', 'en']) {
    const sitemap = pages.find((p) => p.lang === lang && p.id === 'sitemap')!;
    await page.goto(sitemap.path);
    const listed = await page.locator('[data-sitemap-page] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const expected = pages.filter((p) => p.lang === lang && !p.path.includes('/404/')).map((p) => p.path);
    expect(listed.sort()).toEqual(expected.sort());
    await expect(page.locator('[data-sitemap-group] h2').first()).toBeVisible();
  }
});
