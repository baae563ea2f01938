import { test, expect, type Page } from '@playwright/test';
import { sampledPages } from '../support/site-pages';

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

test('browsing the pages sends no request to any other host and stores nothing', async ({ page, context, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(`${r.url()}`);
  });
  // Every Dutch page, every page written for its language, a sample of the pages repeated from
  // one template in other languages: what a page requests and stores comes from its template.
  for (const path of sampledPages()) {
    await page.goto(path);
    await page.waitForLoadState('load');
    // Use the interactive parts a visitor would use on the page.
    const input = page.locator('main input[type="text"], main input[type="search"]').first();
    if (await input.isVisible().catch(() => false)) await input.fill('Delft');
    const radio = page.locator('main input[type="radio"]').first();
    if (await radio.isVisible().catch(() => false)) await radio.check();
    expect(await storedState(page), path).toEqual({
      localStorage: 0,
      sessionStorage: 0,
      cookie: '',
      serviceWorkers: 0,
      caches: 0,
      indexedDB: 0,
    });
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
