import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { locales } from '../../i18n/locales';

const settings = JSON.parse(readFileSync(new URL('../../../content/settings.json', import.meta.url), 'utf8')) as {
  quickExitUrl: string;
};
const outside = new URL(settings.quickExitUrl);

/** There is no network here: answer the outside address with a stand-in page. */
async function fakeOutside(page: Page) {
  await page
    .context()
    .route(`${outside.origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Outside</title><h1>Weather</h1>' }),
    );
}

async function expectOutside(page: Page) {
  await page.waitForURL((url) => url.origin === outside.origin);
  await expect(page.locator('h1')).toHaveText('Weather');
}

/** A text field to type in, as on the help-finder and search pages. */
async function addTextField(page: Page) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'typing';
    input.setAttribute('aria-label', 'typing');
    document.querySelector('main')!.prepend(input);
  });
}

test.beforeEach(async ({ page }) => fakeOutside(page));

test('quick exit leaves by click and the page left is not one Back press away', async ({ page }) => {
  await page.goto('/');
  await page.goto('/huisverbod/');
  await page.locator('a[data-quick-exit]').click();
  await expectOutside(page);
  await page.goBack();
  // Back leads to the page before, never to the page the person left from.
  await expect(page).not.toHaveURL(/huisverbod/);
});

test('quick exit hides the whole page before it leaves', async ({ page }) => {
  await page.goto('/huisverbod/');
  // Read the page in the same task as the click: what is on screen before the next site loads.
  const state = await page.evaluate(() => {
    document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.click();
    const visible = [...document.body.children].filter(
      (el) => getComputedStyle(el).display !== 'none' && !el.classList.contains('exit-overlay'),
    );
    const overlay = document.querySelector('.exit-overlay');
    return {
      visible: visible.map((el) => el.tagName),
      overlayRole: overlay?.getAttribute('role'),
      overlayText: overlay?.textContent,
    };
  });
  expect(state).toEqual({ visible: [], overlayRole: 'alert', overlayText: 'Laden.' });
  await expectOutside(page);
});

test('quick exit leaves with one tap on a phone screen, where it is visible without scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await fakeOutside(page);
  await page.goto('/veilig-online/');
  await page.mouse.wheel(0, 2000);
  await page.evaluate(() => window.scrollTo(0, 1500));
  const button = page.locator('a[data-quick-exit]');
  const box = (await button.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThan(844);
  await button.tap();
  await expectOutside(page);
  await context.close();
});

test('quick exit leaves when Shift is pressed three times', async ({ page }) => {
  await page.goto('/en/');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expectOutside(page);
});

test('Shift presses are announced, shown on the button, and reset by another key', async ({ page }) => {
  await page.goto('/');
  const status = page.locator('[data-quick-exit-bar] [role="status"]');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Druk nog 2 keer op Shift om deze website te verlaten.');
  await expect(page.locator('.exit-lights span.on')).toHaveCount(1);
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Druk nog 1 keer op Shift om deze website te verlaten.');
  await page.keyboard.press('a');
  await expect(page.locator('.exit-lights span.on')).toHaveCount(0);
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Druk nog 2 keer op Shift om deze website te verlaten.');
  await expect(page).toHaveURL(/127\.0\.0\.1/);
});

test('typing capitals never leaves the page', async ({ page }) => {
  await page.goto('/');
  await addTextField(page);
  await page.locator('#typing').focus();
  await page.keyboard.type('AAA Bij Mij THUIS');
  await expect(page.locator('#typing')).toHaveValue('AAA Bij Mij THUIS');
  await expect(page).toHaveURL(/127\.0\.0\.1/);
  await expect(page.locator('.exit-lights span.on')).toHaveCount(0);
});

test('on a touch screen, the on-screen keyboard Shift never leaves while typing in a field', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await fakeOutside(page);
  await page.goto('/');
  await addTextField(page);
  await page.locator('#typing').tap();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/127\.0\.0\.1/);
  await context.close();
});

test('the hidden skip link at the very top leaves the site too', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator('[data-quick-exit-skip]');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expectOutside(page);
});

test('quick exit leaves without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await fakeOutside(page);
  await page.goto('/huisverbod/');
  await expect(page.locator('a[data-quick-exit]')).toHaveAttribute('href', settings.quickExitUrl);
  await expect(page.locator('a[data-quick-exit]')).toHaveAttribute('rel', /noreferrer/);
  await page.locator('a[data-quick-exit]').click();
  await expectOutside(page);
  await context.close();
});

test('a page restored from the back/forward cache is usable again', async ({ page }) => {
  await page.goto('/huisverbod/');
  await page.evaluate(() => {
    document.documentElement.classList.add('exit-hidden');
    const overlay = document.createElement('div');
    overlay.className = 'exit-overlay';
    document.body.append(overlay);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('a[data-quick-exit]')).toBeVisible();
});

test('the quick exit is hidden when printing', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('a[data-quick-exit]')).toBeHidden();
});

for (const locale of locales) {
  test(`the quick exit speaks ${locale.label}`, async ({ page }) => {
    await page.goto(locale.code === 'nl' ? '/' : `/${locale.code}/`);
    const bar = page.locator('[data-quick-exit-bar]');
    for (const attr of ['data-loading', 'data-press-two', 'data-press-one', 'data-expired']) {
      await expect(bar).toHaveAttribute(attr, /\S/);
    }
    await expect(page.locator('a[data-quick-exit]')).not.toBeEmpty();
    await expect(page.locator('[data-quick-exit-skip]')).not.toBeEmpty();
  });
}

// The cases GOV.UK's own tests cover for its "Exit this page" component, where they apply here,
// and the ones they do not test that matter to a person at risk.
test.describe('as GOV.UK tests its exit component', () => {
  test('without JavaScript the skip link leaves too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await fakeOutside(page);
    await page.goto('/huisverbod/');
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-quick-exit-skip]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expectOutside(page);
    await context.close();
  });

  test('the skip link shows the blank overlay before it leaves', async ({ page }) => {
    await page.goto('/huisverbod/');
    const overlay = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>('[data-quick-exit-skip]')!.click();
      const el = document.querySelector('.exit-overlay');
      return { role: el?.getAttribute('role'), text: el?.textContent };
    });
    expect(overlay).toEqual({ role: 'alert', text: 'Laden.' });
    await expectOutside(page);
  });

  test('the third Shift shows "Laden." in the overlay before it leaves', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    // The script has counted both presses before the third is sent from inside the page.
    await expect(page.locator('.exit-lights span.on')).toHaveCount(2);
    // Sent from inside the page: the listener runs during dispatchEvent, so the overlay is
    // read before the browser starts to leave.
    const overlay = await page.evaluate(() => {
      document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      return document.querySelector('.exit-overlay')?.textContent ?? null;
    });
    expect(overlay).toBe('Laden.');
  });

  test('the Shift count expires after 5 seconds and says so', async ({ page }) => {
    await page.clock.install();
    await page.goto('/');
    const status = page.locator('[data-quick-exit-bar] [role="status"]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Druk nog 2 keer op Shift om deze website te verlaten.');
    await page.clock.fastForward(6000);
    await expect(status).toHaveText('Snel weg met Shift is gestopt.');
    await expect(page.locator('.exit-lights span.on')).toHaveCount(0);
  });
});

test.describe('beyond GOV.UK', () => {
  test('left and right Shift both count, also when they alternate', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('ShiftLeft');
    await page.keyboard.press('ShiftRight');
    await page.keyboard.press('ShiftLeft');
    await expectOutside(page);
  });

  test('the tab title is blanked before the next site loads, so the topic never shows in the tab bar', async ({ page }) => {
    await page.goto('/huisverbod/');
    expect(await page.title()).toContain('huisverbod');
    const title = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.click();
      return document.title;
    });
    expect(title).toBe('Laden.');
    await expectOutside(page);
  });

  test('the overlay uses the system colours of an empty browser page', async ({ page }) => {
    await page.goto('/');
    const colours = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.cssText = 'background: Canvas; color: CanvasText; color-scheme: light dark';
      document.body.append(probe);
      const want = getComputedStyle(probe);
      const overlay = document.createElement('div');
      overlay.className = 'exit-overlay';
      document.body.append(overlay);
      const got = getComputedStyle(overlay);
      return { bg: got.backgroundColor === want.backgroundColor, fg: got.color === want.color };
    });
    expect(colours).toEqual({ bg: true, fg: true });
  });

  test('in high-contrast mode the Shift lights stay visible', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/');
    await page.keyboard.press('Shift');
    const light = page.locator('.exit-lights span.on');
    await expect(light).toHaveCount(1);
    const [bg, border] = await light.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).borderColor]);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(bg).toBe(border);
  });

  test('without JavaScript the Shift hint is not shown, because Shift would do nothing', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('.exit-hint')).toBeHidden();
    await context.close();
  });

  test('with JavaScript on a computer the Shift hint is shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.exit-hint')).toBeVisible();
  });

  test('after leaving by a normal link and coming back, the page is usable and the exit still works', async ({ page }) => {
    await page.goto('/huisverbod/');
    await page.locator('main a[href^="/"]').first().click();
    await page.goBack();
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('.exit-overlay')).toHaveCount(0);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expectOutside(page);
  });
});
