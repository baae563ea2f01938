/**
 * One walk through the built site in a browser: per page, one first visit (nothing from the cache)
 * at 320 px that records what it downloads and from whom, what it stores, and what axe finds; on
 * right-to-left pages, whether numbers and Latin names land on screen in their own order. A page
 * per template and direction is also checked by axe at 1280 px. The pages are every Dutch page,
 * every page written for its language, and a sample of the pages a template repeats
 * (src/lib/site-sample.ts). What needs no browser is checked for every page in tests/dist.
 */
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { builtHtml, fileFor, sampledPages } from '../support/dist';
import { axeViolations } from '../support/axe';
import { categorise, overBudget, weigh, type Transfer } from '../../src/lib/budgets';

const pages = sampledPages();

/** A page's template: its layout is its CSS (the blocks it uses) and its direction. */
function templateOf(path: string): string {
  const html = readFileSync(fileFor(path), 'utf8');
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const dir = /<html[^>]* dir="([^"]+)"/.exec(html)?.[1];
  const islands = [...html.matchAll(/component-url="([^"]+)"/g)].map((m) => m[1]).join(',');
  return `${dir} ${islands} ${createHash('sha1').update(css).digest('hex')}`;
}
/** The first sampled page of each template and direction gets the 1280 px check. */
const wide = new Set<string>();
const seen = new Set<string>();
for (const p of pages) {
  const t = templateOf(p.path);
  if (!seen.has(t)) {
    seen.add(t);
    wide.add(p.path);
  }
}

/** What the browser keeps about a visit: must be nothing. */
async function storedState(page: Page) {
  return page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
    serviceWorkers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
    caches: (await caches.keys()).length,
    indexedDB: (await indexedDB.databases()).length,
  }));
}

/**
 * Left-to-right runs (a number with a hyphen or space, a Latin name with punctuation) whose first
 * character lands to the right of their last one: text the bidi algorithm turned around.
 */
async function reversedRuns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const run = /[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}\p{Zs}\-‐‑–.,:/'’()&+@]*[\p{Script=Latin}\p{Nd})]/gu;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const box = (node: Node, i: number) => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getClientRects()[0];
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [hidden], details:not([open]) > :not(summary)')) continue;
      const text = node.textContent ?? '';
      for (const m of text.matchAll(run)) {
        // A closing bracket the run did not open belongs to the sentence around it (as in src/lib/bidi.ts).
        let value = m[0];
        while (value.endsWith(')') && (value.match(/\(/g)?.length ?? 0) < (value.match(/\)/g)?.length ?? 0))
          value = value.slice(0, -1).trimEnd();
        if (!/[\s\-–/.,:()]/.test(value) || /^\p{Nd}+$/u.test(value)) continue;
        const first = box(node, m.index);
        const last = box(node, m.index + value.length - 1);
        // Only what is on one line can be compared; a run that wraps is checked by its parts.
        if (!first || !last || first.width === 0 || Math.abs(first.top - last.top) > 2) continue;
        if (first.left > last.left) found.push(value);
      }
    }
    return found;
  });
}

const groups = 6;
for (let g = 0; g < groups; g++) {
  const group = pages.filter((_, i) => i % groups === g);
  test(`site walk ${g + 1} of ${groups}: budgets, no other host, nothing stored, axe at 320 px (and 1280 px once per template), numbers in order`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(60_000 + group.length * 5_000);
    const origin = new URL(baseURL!).origin;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let transfers: Transfer[] = [];
    let foreign: string[] = [];
    const pending: Promise<void>[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(r.url());
    });
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
    await page.setViewportSize({ width: 320, height: 800 });
    for (const { path } of group) {
      transfers = [];
      foreign = [];
      await page.goto(path, { waitUntil: 'load' });
      const hasIsland = (await page.locator('astro-island').count()) > 0;
      // Islands load their code after the page: wait until the network is quiet.
      if (hasIsland) await page.waitForLoadState('networkidle');
      await Promise.all(pending.splice(0));
      expect.soft(overBudget(path, weigh(transfers), hasIsland), path).toEqual([]);
      expect.soft(await axeViolations(page, { label: `${path} 320px` })).toEqual([]);
      if ((await page.locator('html').getAttribute('dir')) === 'rtl') {
        expect.soft(await reversedRuns(page), `${path}: text reads in reverse`).toEqual([]);
      }
      if (wide.has(path)) {
        await page.setViewportSize({ width: 1280, height: 800 });
        expect.soft(await axeViolations(page, { label: `${path} 1280px` })).toEqual([]);
        await page.setViewportSize({ width: 320, height: 800 });
      }
      // Use the page as a visitor would, then look at what the browser kept.
      const input = page.locator('main input[type="text"], main input[type="search"]').first();
      if (await input.isVisible().catch(() => false)) await input.fill('Delft');
      const radio = page.locator('main input[type="radio"]').first();
      if (await radio.isVisible().catch(() => false)) await radio.check();
      expect.soft(await storedState(page), path).toEqual({
        localStorage: 0,
        sessionStorage: 0,
        cookie: '',
        serviceWorkers: 0,
        caches: 0,
        indexedDB: 0,
      });
      expect.soft(foreign, path).toEqual([]);
    }
    expect(await context.cookies()).toEqual([]);
  });
}

// The right-to-left pages the walk does not sample (pages a template repeats, pages shown in
// English or Dutch under an Arabic header): their numbers and Latin names are checked too.
const rtlRest = builtHtml()
  .filter(({ html }) => / dir="rtl"/.test(/<html[^>]*>/.exec(html)?.[0] ?? ''))
  .map(({ path }) => path)
  .filter((path) => !pages.some((p) => p.path === path));
test(`numbers and Latin names read in order on the other ${rtlRest.length} right-to-left pages`, async ({ page }) => {
  test.setTimeout(30_000 + rtlRest.length * 2_000);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of rtlRest) {
    await page.goto(path);
    expect.soft(await reversedRuns(page), `${path}: text reads in reverse`).toEqual([]);
  }
});

test('the walk checks at 1280 px a page of every template and direction', () => {
  expect(wide.size).toBeGreaterThan(5);
  expect([...wide].some((p) => p.startsWith('/ar/'))).toBe(true);
});

test('the axe check does catch a violation (an image without alt text, an unlabeled field)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    document
      .querySelector('main')!
      .insertAdjacentHTML('afterbegin', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text">');
  });
  const found = await axeViolations(page);
  expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
  expect(found.some((v) => v.startsWith('label'))).toBe(true);
});

test('the order check does catch a number the bidi algorithm turned around', async ({ page }) => {
  await page.goto('/ar/');
  await page.evaluate(() => {
    document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<p data-probe>اتصل 0800-2000 الآن</p>');
  });
  expect(await reversedRuns(page)).toContain('0800-2000');
});
