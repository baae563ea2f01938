import { test, expect } from '@playwright/test';
import { brotliCompressSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, fileFor, sampledPages } from '../support/site-pages';
import { budgets, categorise, overBudget, weigh, type Transfer } from '../../src/lib/budgets';

// Bytes a first visit downloads, compressed as a CDN serves them (the test server uses brotli).
// Visited: every Dutch page and every page written for its language, and a sample of the pages
// repeated from one template in other languages; the next test weighs every page's HTML.
test('every page stays within its byte budget on a first visit', async ({ page }) => {
  test.setTimeout(300_000);
  // A first visit: nothing comes from the browser's cache.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        transfers.push({
          url: request.url(),
          type: categorise(request.resourceType(), request.url()),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        });
      }),
    );
  });
  const problems: string[] = [];
  for (const path of sampledPages()) {
    transfers = [];
    await page.goto(path, { waitUntil: 'load' });
    const hasIsland = (await page.locator('astro-island').count()) > 0;
    // Islands load their code after the page: wait until the network is quiet.
    if (hasIsland) await page.waitForLoadState('networkidle');
    await Promise.all(pending.splice(0));
    problems.push(...overBudget(path, weigh(transfers), hasIsland));
  }
  expect(problems).toEqual([]);
});

// On a slow network every script found late costs a round trip: an island page names all the
// scripts its island runs in its HTML (modulepreload), so the phone asks for them together.
for (const path of ['/hulp-in-je-gemeente/', '/check-thuis/', '/zoeken/', '/ar/check-home/']) {
  test(`${path} announces every script its island runs, and each is fetched once`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      // The island's modules, and on the search page Pagefind's script (announced by the page too).
      if ((url.pathname.startsWith('/_astro/') && url.pathname.endsWith('.js')) || url.pathname === '/pagefind/pagefind.js') {
        scripts.push(url.pathname);
      }
    });
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    const announced = await page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(scripts.length).toBeGreaterThan(0);
    expect([...new Set(scripts)].sort()).toEqual([...announced].sort());
    expect(scripts.length).toBe(new Set(scripts).size);
    // The island, Astro's renderer, Preact and the shared helpers (and Pagefind on the search
    // page): each further file would be a request with its own headers for a few hundred bytes.
    expect(scripts.length).toBeLessThanOrEqual(path === '/zoeken/' ? 5 : 4);
  });
}

test("every page's HTML, compressed, fits the first round trip", () => {
  const over = builtPages()
    .map((path) => ({ path, bytes: brotliCompressSync(readFileSync(fileFor(path))).length }))
    .filter(({ bytes }) => bytes > budgets.firstFlight)
    .map(({ path, bytes }) => `${path}: ${(bytes / 1024).toFixed(1)} KB`);
  expect(over).toEqual([]);
});

test('the quick-exit script is at most 2 KB compressed', async () => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  // The quick exit is the one script on every page; find it by what it does.
  const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const quickExit = scripts.find((s) => s.includes('exit-overlay'));
  expect(quickExit, 'the quick-exit script is inlined in every page').toBeDefined();
  expect(brotliCompressSync(quickExit!).length).toBeLessThanOrEqual(budgets.quickExit);
});

test('no page loads a font file', () => {
  for (const path of builtPages()) {
    const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
    expect.soft(readFileSync(file, 'utf8'), path).not.toMatch(/\.(woff2?|ttf|otf|eot)\b|@font-face/);
  }
});
