/**
 * The first screen is the answer: on a cheap 360 x 640 phone, the quick exit and the danger line
 * (112) are on the first screen, the page's heading ends by about 400 px and its first text starts
 * before the fold, in every language, with and without JavaScript. The menu and the language list
 * are folded in the header (<details>), open with a tap, Enter or Space, and name every language in
 * its own script.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { defaultLocale, locales } from '../../src/i18n/locales';
import { builtHtml, describePage, fileFor } from '../support/dist';

const mainPages = ['home', 'get-help', 'help-finder', 'veilig-thuis', 'restraining-order', 'safety-plan'];
const built = builtHtml().map(({ path, html }) => describePage(path, html));
const pathOf = (locale: string, id: string) => built.find((p) => p.locale === locale && p.id === id)?.path;

/** Where the heading ends and the first text after it (not the notices or tools under it) starts. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('main h1')!.getBoundingClientRect();
    let next = document.querySelector('main h1')!.nextElementSibling;
    while (
      next &&
      (next.matches('[data-fallback-notice], [data-outdated-notice], [data-machine-notice], .page-tools') ||
        next.getBoundingClientRect().height === 0)
    ) {
      next = next.nextElementSibling;
    }
    const rect = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
    return {
      headingEnd: Math.round(h1.bottom),
      textStart: next ? Math.round(next.getBoundingClientRect().top) : Infinity,
      exitBottom: Math.round(rect('a[data-quick-exit]').bottom),
      dangerBottom: Math.round(rect('.danger-line').bottom),
    };
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`at 360 x 640 ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, javaScriptEnabled });
    for (const { code } of locales) {
      test(`${code}: heading by about 400 px, text on the first screen, exit and 112 at the top`, async ({ page }) => {
        for (const id of mainPages) {
          const path = pathOf(code, id);
          if (!path) continue;
          await page.goto(path);
          const at = await firstScreen(page);
          expect.soft(at.headingEnd, `${path}: heading ends`).toBeLessThanOrEqual(420);
          expect.soft(at.textStart, `${path}: first text starts`).toBeLessThan(600);
          expect.soft(at.exitBottom, `${path}: quick exit`).toBeLessThan(80);
          expect.soft(at.dangerBottom, `${path}: danger line`).toBeLessThan(300);
        }
      });
    }
  });
}

test.describe('the header', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the menu and the language list open with the keyboard, every language named in its own script', async ({ page }) => {
    await page.goto('/');
    const languages = page.locator('.language-menu');
    await expect(languages.locator('summary')).toContainText('Nederlands');
    await expect(languages.locator('nav a').first()).toBeHidden();
    await languages.locator('summary').focus();
    await page.keyboard.press('Enter');
    for (const l of locales) await expect(languages.locator(`a[hreflang="${l.lang}"]`)).toHaveText(new RegExp(`^${l.label}`));
    await page.keyboard.press('Tab');
    await expect(languages.locator('nav a').first()).toBeFocused();
    const menu = page.locator('.site-menu');
    await menu.locator('summary').focus();
    await page.keyboard.press(' ');
    await expect(menu.locator('nav a').first()).toBeVisible();
    // The open lists lie over the page: the text under the header does not move.
    const before = await page.locator('main h1').boundingBox();
    expect(before!.y).toBeGreaterThan(0);
  });

  test('opening the header lists does not move the page', async ({ page }) => {
    await page.goto('/en/get-help/');
    const y = async () => (await page.locator('main h1').boundingBox())!.y;
    const closed = await y();
    await page.locator('.site-menu summary').click();
    expect(await y()).toBe(closed);
  });

  test('nothing is stored about the chosen language: the address is the language', async ({ page, context }) => {
    await page.goto('/');
    await page.locator('.language-menu summary').click();
    await page.locator('.language-menu a[hreflang="ar"]').click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', locales.find((l) => l.code === defaultLocale)!.lang);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });

  test('the header is right to left in Arabic, with the current language in its own script', async ({ page }) => {
    await page.goto('/ar/');
    await expect(page.locator('.language-menu summary')).toContainText('العربية');
    const name = (await page.locator('.site-name').boundingBox())!;
    const tools = (await page.locator('.site-header__tools').boundingBox())!;
    // The site name starts at the right-hand side in a right-to-left page.
    expect(name.x + name.width).toBeGreaterThan(tools.x + tools.width - 5);
  });
});

test('the first paint needs no language names in other scripts: they are inside a closed list', () => {
  const home = readFileSync(fileFor('/'), 'utf8');
  const closed = /<details class="header-menu language-menu">[\s\S]*?<\/details>/.exec(home)![0];
  for (const l of locales.filter((x) => x.code !== defaultLocale)) expect(closed).toContain(l.label);
  expect(closed).not.toMatch(/<details[^>]* open/);
});
