import { test, expect } from '@playwright/test';

// Byte budgets of every page are checked in tests/dist (the HTML) and on the wire by the site
// walk (tests/e2e/site-walk.spec.ts). Here: what only a browser shows.
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
