import { test, expect, type Page } from '@playwright/test';
import { invalidExamples, municipalityExamples, outsideExamples } from '../../src/islands/help-finder/examples';
import { readMunicipalities } from '../support/content';
import { generatedSlug } from '../../src/data/generated-pages';

const municipalitySlugs = Object.keys(readMunicipalities());
import { axeViolations } from '../support/axe';

/**
 * The help finder on the built site: lookup, suggestions (ARIA combobox), bad input, and the
 * static list that works without JavaScript. Contract: shared/design/page-contract.md.
 */
const nl = { path: '/hulp-in-je-gemeente/', label: 'Woonplaats, wijk of postcode', submit: 'Zoek hulp' };
const en = { path: '/en/help-in-your-municipality/', label: 'Town, district or postcode', submit: 'Find help' };

async function search(page: Page, lang: typeof nl, text: string) {
  const input = page.getByRole('combobox', { name: lang.label });
  await input.fill(text);
  await page.getByRole('button', { name: lang.submit, exact: true }).click();
  // The finder moves focus to its answer (the result heading, or back to the field for a message)
  // after painting; wait for that, so the next search does not type while focus still moves.
  await expect(page.locator('#help-finder-result-title:focus, #help-finder-input:focus')).toHaveCount(1);
  return input;
}

test('finds Westland from a village and offers a tap-to-call link for Veilig Thuis', async ({ page }) => {
  await page.goto(nl.path);
  await search(page, nl, 'Naaldwijk');
  const result = page.locator('[data-municipality]');
  await expect(result).toHaveCount(1);
  await expect(result).toHaveAttribute('data-municipality', 'westland');
  await expect(result.locator('a[href="tel:08002000"]')).toBeVisible();
  await expect(result.locator('a[href="tel:112"]')).toBeVisible();
  await expect(result.getByRole('link', { name: 'Alle hulp in Westland' })).toHaveAttribute('href', '/gemeente-westland/');
  // The result heading takes focus, so a screen reader reads the answer next.
  await expect(page.getByRole('heading', { name: 'Hulp in Westland' })).toBeFocused();
});

test('keeps what was typed out of the address bar', async ({ page }) => {
  await page.goto(nl.path);
  await search(page, nl, 'Naaldwijk');
  await expect(page.locator('[data-municipality="westland"]')).toBeVisible();
  expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(nl.path);
});

// Every municipality from one of its places, in English, on one page (each lookup replaces the one
// before); the lookup itself is unit-tested with every example (tests/unit/lookup.test.ts).
test('finds every municipality from a place in it, with a link to its page (English)', async ({ page }) => {
  const municipalities = readMunicipalities();
  await page.goto(en.path);
  for (const slug of municipalitySlugs) {
    const example =
      municipalityExamples.find((e) => e.expect === slug && !/^\d/.test(e.input))?.input ?? municipalities[slug]!.name;
    await search(page, en, example);
    const result = page.locator('[data-municipality]');
    await expect.soft(result, example).toHaveAttribute('data-municipality', slug);
    await expect
      .soft(result.getByRole('link', { name: /^All help in/ }), example)
      .toHaveAttribute('href', `/en/${generatedSlug('municipality', 'en', slug)}/`);
  }
});

test('finds a municipality from a postcode with letters', async ({ page }) => {
  await page.goto(nl.path);
  await search(page, nl, '2611 ab');
  await expect(page.locator('[data-municipality]')).toHaveAttribute('data-municipality', 'delft');
});

test('says a place outside Haaglanden is outside, and still gives Veilig Thuis', async ({ page }) => {
  await page.goto(nl.path);
  for (const example of outsideExamples.slice(0, 2).concat(outsideExamples.filter((e) => /^\d/.test(e.input)).slice(0, 1))) {
    await search(page, nl, example.input);
    const result = page.locator('[data-municipality]');
    await expect.soft(result, example.input).toHaveAttribute('data-municipality', 'outside');
    await expect.soft(result.locator('a[href="tel:08002000"]'), example.input).toBeVisible();
  }
});

test('shows a message for unusable input, and typed markup never becomes HTML', async ({ page }) => {
  await page.goto(nl.path);
  const scripts = await page.locator('script').count();
  for (const example of invalidExamples.filter((e) => ['empty', 'unusable', 'digits', 'not-found'].includes(e.reason))) {
    const input = await search(page, nl, example.input);
    await expect.soft(page.getByRole('alert'), example.why).toBeVisible();
    await expect.soft(input, example.why).toHaveAttribute('aria-invalid', 'true');
    await expect.soft(page.locator('[data-municipality]'), example.why).toHaveCount(0);
    await expect.soft(page.locator('script'), example.why).toHaveCount(scripts);
    await expect.soft(page.locator('main b'), example.why).toHaveCount(0);
  }
});

test('a new search after an error clears the error', async ({ page }) => {
  await page.goto(nl.path);
  const input = await search(page, nl, '12345');
  await expect(page.getByRole('alert')).toBeVisible();
  await search(page, nl, 'Delft');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(input).not.toHaveAttribute('aria-invalid', 'true');
});

test('suggestions can be chosen with the keyboard (ARIA combobox)', async ({ page }) => {
  await page.goto(nl.path);
  const input = page.getByRole('combobox', { name: nl.label });
  await input.focus();
  await page.keyboard.type('monst');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  const listbox = page.getByRole('listbox');
  await expect(input).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
  await expect(listbox.getByRole('option').first()).toContainText('Monster');

  await page.keyboard.press('ArrowDown');
  const first = listbox.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);

  await page.keyboard.press('Enter');
  await expect(input).toHaveValue('Monster');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-municipality]')).toHaveAttribute('data-municipality', 'westland');
});

test('Escape closes the suggestions and keeps the text', async ({ page }) => {
  await page.goto(nl.path);
  const input = page.getByRole('combobox', { name: nl.label });
  await input.focus();
  await page.keyboard.type('voor');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).toHaveValue('voor');
  await expect(page.getByRole('listbox')).toBeHidden();
});

test('ArrowUp from the first suggestion wraps to the last one', async ({ page }) => {
  await page.goto(nl.path);
  const input = page.getByRole('combobox', { name: nl.label });
  await input.focus();
  await page.keyboard.type('de');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  const options = page.getByRole('option');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toHaveAttribute('aria-selected', 'false');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every municipality page and the national lines, with no form', async ({ page }) => {
    await page.goto(nl.path);
    await expect(page.locator('main form')).toHaveCount(0);
    for (const slug of municipalitySlugs) {
      await expect(page.locator(`main a[href="/${generatedSlug('municipality', 'nl', slug)}/"]`).first()).toBeVisible();
    }
    await expect(page.locator('main a[href="tel:08002000"]').first()).toBeVisible();
    await expect(page.locator('main a[href="tel:112"]').first()).toBeVisible();
    // The static list is not an outcome of a lookup.
    await expect(page.locator('[data-municipality]')).toHaveCount(0);
  });
});

test.describe('municipality pages', () => {
  test('shows the local number with its source, and claims no check nobody made (Delft)', async ({ page }) => {
    await page.goto('/gemeente-delft/');
    const card = page.locator('[data-contact="gemeente-delft"]');
    await expect(card.locator('a[href="tel:14015"]')).toBeVisible();
    await expect(card.locator('.contact-card__source')).toContainText('overgenomen in november 2026');
    await expect(card.locator('.contact-card__source a')).toHaveAttribute('href', /vng\.nl/);
    await expect(card).not.toContainText(/gecontroleerd|nagekeken/);
  });

  test('shows the regional route where no local number is sourced (Leidschendam-Voorburg)', async ({ page }) => {
    await page.goto('/gemeente-leidschendam-voorburg/');
    await expect(
      page.getByText(`Veilig Thuis helpt in alle ${municipalitySlugs.length} gemeenten van Haaglanden.`).last(),
    ).toBeVisible();
    await expect(page.locator('main a[href="tel:08002000"]')).toBeVisible();
    await expect(page.locator('main a[href="https://www.lv.nl"]')).toBeVisible();
  });

  test('shows the Wassenaar number only with its source and date', async ({ page }) => {
    await page.goto('/gemeente-wassenaar/');
    const card = page.locator('[data-contact="sociaal-team-wassenaar"]');
    await expect(card.locator('a[href="tel:0886549999"]')).toBeVisible();
    await expect(card.locator('.contact-card__verify')).toContainText('bewonersvereniging');
    await expect(card.locator('.contact-card__source a').first()).toHaveAttribute('href', /vriendenvanwassenaar\.nl/);
  });

  test('does not show Kindertelefoon opening hours, because sources disagree', async ({ page }) => {
    await page.goto('/en/municipality-zoetermeer/');
    const card = page.locator('[data-contact="kindertelefoon"]');
    await expect(card).toContainText('We are not sure about the opening hours');
    await expect(card).not.toContainText(/\d{1,2}[:.]\d{2}/);
  });
});

test.describe('accessibility of every state of the finder', () => {
  const violations = (page: Page) => axeViolations(page, { include: 'main' });

  test('axe finds nothing with suggestions open, with an error, and with results (nl, ar at 320 px)', async ({ page }) => {
    test.setTimeout(120_000); // eight axe runs
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of [nl.path, '/ar/help-in-your-municipality/']) {
      await page.goto(path);
      const input = page.getByRole('combobox');
      // Typed into the field itself (not wherever focus is), so nothing else can take the keys.
      await input.pressSequentially('wa');
      await input.press('ArrowDown');
      await expect(page.getByRole('listbox')).toBeVisible();
      expect(await violations(page), `${path} suggestions`).toEqual([]);

      await input.fill('!!!');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await violations(page), `${path} error`).toEqual([]);

      await input.fill('Wassenaar');
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator('[data-municipality="wassenaar"]')).toBeVisible();
      expect(await violations(page), `${path} result`).toEqual([]);

      await input.fill('Leiden');
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator('[data-municipality="outside"]')).toBeVisible();
      expect(await violations(page), `${path} outside`).toEqual([]);
    }
  });

  test('the page does not scroll sideways at 320 px with a result', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(nl.path);
    await search(page, nl, 'Leidschendam');
    await expect(page.locator('[data-municipality="leidschendam-voorburg"]')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
