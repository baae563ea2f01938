/**
 * Reading aloud, in Chromium, with a stand-in for the speech engine that records what it is asked
 * to say (speech-stand-in.ts): the heading first, never the menus or the quick exit; in the text's
 * own language; a warning before the first reading; pause and stop by keyboard; no voice for the
 * language means no reading; the quick exit silences it at once; nothing leaves the page.
 */
import { test, expect, type Page } from '@playwright/test';
import { installSpeechStandIn, type Spoken } from './speech-stand-in';
import { builtHtml } from '../../../tests/support/dist';

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken);
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());

async function open(page: Page, path: string, voices = ['nl-NL', 'en-GB', 'ar-SA', 'tr-TR', 'pl-PL', 'uk-UA']) {
  await page.addInitScript(installSpeechStandIn, voices);
  await page.goto(path);
  await expect(page.locator('[data-read-aloud-start]')).toBeVisible();
}

async function start(page: Page) {
  await page.locator('[data-read-aloud-start]').click();
  // The first time on a page: a line that others in the room may hear it, then a confirmation.
  await expect(page.locator('[data-read-aloud-panel]')).toContainText(/oordopjes|headphones|kulaklık|سماعات|słuchawk|навушник/i);
  await page.locator('[data-read-aloud-confirm]').click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
}

test('reads the heading first, then the text, in the page’s language, never the menus or the quick exit', async ({ page }) => {
  await open(page, '/hulp/');
  await start(page);
  const heading = (await page.locator('main h1').innerText()).trim();
  expect((await spoken(page))[0]).toMatchObject({ text: heading, lang: 'nl', voice: 'nl-NL' });
  await expect(page.locator('main h1')).toHaveClass(/read-aloud-current/);
  for (let i = 0; i < 6; i++) await finish(page);
  const all = (await spoken(page)).map((s) => s.text).join('\n');
  expect(all).toContain('Wanneer bel je 112?');
  for (const chrome of ['Snel weg', 'Hoe veilig is dit?', 'Menu', 'Lees voor', 'Tekst bijgewerkt op'])
    expect(all).not.toContain(chrome);
  // The block being read is marked, one at a time.
  await expect(page.locator('.read-aloud-current')).toHaveCount(1);
  await expect(page.locator('main h1')).not.toHaveClass(/read-aloud-current/);
});

test('pause, continue and stop work with the keyboard, and the warning comes only once per page', async ({ page }) => {
  await open(page, '/en/get-help/');
  await page.locator('[data-read-aloud-start]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-read-aloud-confirm]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-read-aloud-pause]')).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { __speech: { paused: boolean } }).__speech.paused)).toBe(true);
  await expect(page.locator('[data-read-aloud-pause]')).toHaveText('Continue');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { __speech: { paused: boolean } }).__speech.paused)).toBe(false);
  await page.locator('[data-read-aloud-stop]').click();
  await expect(page.locator('.read-aloud-current')).toHaveCount(0);
  await expect(page.locator('[data-read-aloud-start]')).toBeFocused();
  // Again on the same page: no second warning.
  const before = (await spoken(page)).length;
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-read-aloud-panel]')).toBeHidden();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(before);
});

test('an Arabic page is read in Arabic, and a text shown in English under Arabic chrome in English', async ({ page }) => {
  await open(page, '/ar/get-help/');
  await start(page);
  expect((await spoken(page))[0]).toMatchObject({ lang: 'ar', voice: 'ar-SA' });
  const fallback = builtHtml().find(
    ({ path, html }) =>
      path.startsWith('/ar/') &&
      html.includes('data-fallback-notice') &&
      html.includes('<main id="main" tabindex="-1" lang="en"'),
  );
  if (!fallback) return; // every page is written in Arabic: the fixture site tests the fallback (tests/unit/recipes.test.ts)
  await open(page, fallback.path);
  await start(page);
  expect((await spoken(page))[0]).toMatchObject({ lang: 'en', voice: 'en-GB' });
});

test('with no voice for the page’s language on this device, it says so and reads nothing', async ({ page }) => {
  await open(page, '/hulp/', ['en-GB']);
  await page.locator('[data-read-aloud-start]').click();
  await page.locator('[data-read-aloud-confirm]').click();
  await expect(page.locator('[data-read-aloud-status]')).toContainText('geen stem voor het Nederlands');
  expect(await spoken(page)).toEqual([]);
});

test('the quick exit silences the voice at once: the button, the hidden link and Shift three times', async ({ page }) => {
  let cancels = 0;
  await page.exposeFunction('__speechCancelled', () => void cancels++);
  await page.route('https://www.buienradar.nl/**', (route) =>
    route.fulfill({ body: '<html><body>weer</body></html>', contentType: 'text/html' }),
  );
  for (const how of ['button', 'link', 'shift'] as const) {
    cancels = 0;
    await open(page, '/hulp/');
    await start(page);
    const leaving = page.waitForURL(/buienradar/);
    if (how === 'button') await page.locator('a[data-quick-exit]').click();
    if (how === 'link') await page.locator('[data-quick-exit-skip]').evaluate((a: HTMLElement) => a.click());
    if (how === 'shift') for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await leaving;
    expect(cancels, how).toBeGreaterThan(0);
  }
});

test('nothing leaves the page: the only requests while reading are the site’s own script', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await open(page, '/hulp/');
  requests.length = 0;
  await start(page);
  for (let i = 0; i < 3; i++) await finish(page);
  expect(requests.filter((u) => !u.startsWith(baseURL!))).toEqual([]);
  expect(requests.every((u) => new URL(u).pathname.startsWith('/_astro/'))).toBe(true);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
});

test.describe('no dead control', () => {
  test('without JavaScript there is no read-aloud button', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(test.info().project.use.baseURL + '/hulp/');
    await expect(page.locator('[data-read-aloud]')).toBeHidden();
    await context.close();
  });
  test('a browser without speech synthesis shows no read-aloud button', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).speechSynthesis;
      delete (Window.prototype as unknown as Record<string, unknown>).speechSynthesis;
    });
    await page.goto('/hulp/');
    await expect(page.locator('[data-read-aloud]')).toBeHidden();
  });
});
