import { test, expect, type Locator, type Page } from '@playwright/test';
import { readMunicipalities } from '../support/content';
import { placeNames } from '../../src/schemas/municipality';

/**
 * What a person at risk reads must be right and honestly dated (issue "True and safe"): numbers
 * that read in their own order on Arabic pages, phone numbers in every self-check outcome without
 * JavaScript, the danger line at once, no "checked" claim without a live check, every district.
 */

/**
 * The characters of a text as they land on screen, left to right: each character's box is
 * measured in the page, so this fails when the bidi algorithm reorders digits.
 */
async function visualOrder(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const chars: { c: string; x: number; y: number }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (!/[\d-]/.test(text[i]!)) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width > 0) chars.push({ c: text[i]!, x: r.left, y: Math.round(r.top) });
      }
    }
    return chars
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((ch) => ch.c)
      .join('');
  });
}

test.describe('Arabic reads right', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('phone numbers on an Arabic page land on screen in their own order', async ({ page }) => {
    await page.goto('/ar/');
    const call = page.locator('.contact-card[data-contact="veilig-thuis"] .contact-card__tel');
    await expect(call).toBeVisible();
    expect(await visualOrder(call)).toBe('0800-2000');
  });

  test('a number with spaces and a hyphen keeps its order in an Arabic contact card', async ({ page }) => {
    await page.goto('/ar/municipality-midden-delfland/');
    const call = page.locator('.contact-card[data-contact="gemeente-midden-delfland"] .contact-card__tel');
    await expect(call).toBeVisible();
    expect((await visualOrder(call)).replace(/\s/g, '')).toBe('015-3804111');
  });

  test('the help finder result on an Arabic page shows 0800-2000 in order', async ({ page }) => {
    await page.goto('/ar/help-in-your-municipality/');
    const input = page.getByRole('combobox');
    await input.fill('Naaldwijk');
    await input.press('Enter');
    const call = page.locator('[data-municipality="westland"] [data-contact="veilig-thuis"] .contact-card__tel');
    await expect(call).toBeVisible();
    expect(await visualOrder(call)).toBe('0800-2000');
  });

  test('Dutch service names on an Arabic page carry their own language and direction', async ({ page }) => {
    await page.goto('/ar/');
    const name = page.locator('.contact-card[data-contact="veilig-thuis"] .contact-card__name');
    await expect(name).toHaveAttribute('lang', 'nl');
    await expect(name).toHaveAttribute('dir', 'ltr');
  });
});

/** How many line boxes each visible phone number takes: a number split over two lines is misdialled. */
async function numberLines(page: Page): Promise<{ text: string; lines: number }[]> {
  return page.locator('.tel-number').evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({
        text: el.textContent ?? '',
        lines: new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size,
      })),
  );
}

test.describe('a phone number never breaks over two lines at 320 px', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  for (const path of ['/', '/uk/', '/uk/get-help/', '/tr/get-help/', '/ar/get-help/', '/pl/municipality-midden-delfland/']) {
    test(`contact cards on ${path}`, async ({ page }) => {
      await page.goto(path);
      const numbers = await numberLines(page);
      expect(numbers.length).toBeGreaterThan(0);
      expect(numbers.filter((n) => n.lines !== 1)).toEqual([]);
    });
  }

  test('the help finder result in Ukrainian', async ({ page }) => {
    await page.goto('/uk/help-in-your-municipality/');
    await page.getByRole('combobox').fill('Delft');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('[data-municipality="delft"]')).toBeVisible();
    const numbers = await numberLines(page);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((n) => n.lines !== 1)).toEqual([]);
  });
});

test.describe('the self-check never hides the numbers', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const path of ['/check-thuis/', '/check-zorgen-om-iemand/', '/en/check-home/', '/ar/check-home/']) {
      test(`every outcome on ${path} shows its contacts with tap-to-call links`, async ({ page }) => {
        await page.goto(path);
        for (const band of ['danger', 'serious', 'some', 'none']) {
          const outcome = page.locator(`[data-outcome="${band}"]`);
          await expect(outcome).toBeVisible();
          await expect(outcome.locator('a[href^="tel:"]').first()).toBeVisible();
        }
        await expect(page.locator('[data-outcome="danger"] a[href="tel:112"]')).toBeVisible();
        // The cards are real page content, not inert templates.
        await expect(page.locator('template')).toHaveCount(0);
      });
    }
  });

  test('a yes to a danger question shows 112 and Veilig Thuis at once, and the questions go on', async ({ page }) => {
    await page.goto('/check-thuis/');
    await page.locator('.sc--enhanced [data-next]').click();
    // Walk to the first danger question.
    for (let i = 0; i < 30; i++) {
      const question = page.locator('[data-question-id]');
      if ((await question.getAttribute('data-danger')) === 'true') break;
      await page.locator('[data-next]').click();
    }
    const danger = page.locator('[data-question-id][data-danger="true"]');
    await expect(danger).toBeVisible();
    await expect(page.locator('[data-danger-now]')).toHaveCount(0);
    await danger.locator('input[value="yes"]').check();
    const line = page.locator('[data-danger-now]');
    await expect(line).toBeVisible();
    await expect(line).toHaveAttribute('role', 'alert');
    await expect(line.locator('a[href="tel:112"]')).toBeVisible();
    await expect(line.locator('a[href="tel:08002000"]')).toBeVisible();
    // Not the end: the reader can answer the next question.
    await expect(page.locator('[data-result]')).toHaveCount(0);
    await expect(page.locator('[data-next], button[type="submit"]').first()).toBeVisible();
    await danger.locator('input[value="no"]').check();
    await expect(line).toHaveCount(0);
  });
});

test.describe('the help finder knows the places people name', () => {
  const municipalities = readMunicipalities();

  test('without JavaScript the finder page lists every place and district under its municipality', async ({ page }) => {
    await page.context().setOffline(false);
    const noJs = await page.context().browser()!.newContext({ javaScriptEnabled: false });
    const p: Page = await noJs.newPage();
    await p.goto(test.info().project.use.baseURL + '/hulp-in-je-gemeente/');
    for (const [slug, m] of Object.entries(municipalities)) {
      const item = p.locator(`[data-places="${slug}"]`);
      await expect(item).toBeVisible();
      const text = (await item.innerText()).replace(/\s+/g, ' ');
      for (const name of placeNames(m)) expect.soft(text, `${slug}: ${name}`).toContain(name);
    }
    await noJs.close();
  });

  test('a district finds its municipality', async ({ page }) => {
    await page.goto('/hulp-in-je-gemeente/');
    const input = page.getByRole('combobox');
    await input.fill('Tanthof');
    await page.getByRole('button', { name: 'Zoek hulp', exact: true }).click();
    await expect(page.locator('[data-municipality]')).toHaveAttribute('data-municipality', 'delft');
  });

  test('a name used in two municipalities asks for the postcode and offers both', async ({ page }) => {
    await page.goto('/hulp-in-je-gemeente/');
    await page.getByRole('combobox').fill('Harnaschpolder');
    await page.getByRole('button', { name: 'Zoek hulp', exact: true }).click();
    const ask = page.locator('[data-ambiguous]');
    await expect(ask).toHaveAttribute('role', 'alert');
    await expect(ask.getByRole('link')).toHaveCount(2);
    await expect(page.locator('[data-municipality]')).toHaveCount(0);
  });

  test('a number from one old source shows its caveat and source in the finder result', async ({ page }) => {
    await page.goto('/hulp-in-je-gemeente/');
    await page.getByRole('combobox').fill('Wassenaar');
    await page.getByRole('button', { name: 'Zoek hulp', exact: true }).click();
    const card = page.locator('[data-municipality="wassenaar"] [data-contact="sociaal-team-wassenaar"]');
    await expect(card.locator('.contact-card__verify')).toContainText('bewonersvereniging');
    await expect(card.locator('.contact-card__source')).toContainText('vriendenvanwassenaar.nl, 2023');
  });
});
