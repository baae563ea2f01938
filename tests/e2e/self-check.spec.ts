import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { parse } from 'yaml';
import { answersFor } from '../../src/islands/self-check/examples';
import type { Answer, Band } from '../../src/lib/scoring';

/** Screenshots for a person to look at; outside the repository on purpose. */
// Screenshots for people to look at, only when asked for: SHOTS_DIR=/tmp/shots npx playwright test
const shotsDir = process.env.SHOTS_DIR;

interface Q {
  id: string;
  weight: number;
  danger?: boolean;
  text: string;
}
interface Outcome {
  title: string;
  when: string;
  steps: string[];
}
interface Questionnaire {
  questions: Q[];
  outcomes: Record<Band, Outcome>;
}

function questionnaire(locale: string, id: string): Questionnaire {
  const file = new URL(`../../content/questionnaires/${locale}/${id}.yaml`, import.meta.url);
  return parse(readFileSync(file, 'utf8')) as Questionnaire;
}

const checks = [
  { path: '/check-thuis/', locale: 'nl', id: 'check-self' },
  { path: '/en/check-home/', locale: 'en', id: 'check-self' },
  { path: '/check-zorgen-om-iemand/', locale: 'nl', id: 'check-other' },
  { path: '/en/check-worried-about-someone/', locale: 'en', id: 'check-other' },
];
const bands: Band[] = ['none', 'some', 'serious', 'danger'];

test.use({ viewport: { width: 390, height: 844 } });

async function open(page: Page, path: string) {
  await page.goto(path);
  // The island is interactive once the start button (data-next) is there.
  await expect(page.locator('.sc--enhanced [data-next]')).toBeVisible();
}

/** Start, answer every question as given (skipping ids that are missing), and submit. */
async function answerAll(page: Page, questions: Q[], answers: Record<string, Answer>) {
  await page.locator('[data-next]').click();
  for (const [i, q] of questions.entries()) {
    const screen = page.locator(`[data-question-id="${q.id}"]`);
    await expect(screen).toBeVisible();
    const answer = answers[q.id];
    if (answer) await screen.locator(`input[type="radio"][value="${answer}"]`).check();
    if (i === questions.length - 1) await page.locator('button[type="submit"]').click();
    else await page.locator('[data-next]').click();
  }
}

for (const check of checks) {
  const q = questionnaire(check.locale, check.id);

  test.describe(`${check.id} (${check.path})`, () => {
    // Every band on the Dutch self-check; one on each other questionnaire: the scoring itself is
    // unit-tested (tests/unit/scoring.test.ts, questionnaire-content.test.ts).
    const walked =
      check.locale === 'nl' && check.id === 'check-self' ? bands : [bands[(checks.indexOf(check) + 1) % bands.length]!];
    for (const band of walked) {
      test(`reaches "${band}" and moves focus to its heading`, async ({ page }) => {
        await open(page, check.path);
        await answerAll(page, q.questions, answersFor(band, q.questions));
        const result = page.locator(`[data-result="${band}"]`);
        await expect(result).toBeVisible();
        await expect(result.locator('h2')).toHaveText(q.outcomes[band].title);
        await expect(result.locator('h2')).toBeFocused();
        if (band === 'danger') await expect(result.locator('a[href="tel:112"]').first()).toBeVisible();
        if (shotsDir) {
          mkdirSync(shotsDir, { recursive: true });
          await page.screenshot({ path: `${shotsDir}/${check.locale}-${check.id}-${band}.png`, fullPage: true });
          await result.screenshot({ path: `${shotsDir}/${check.locale}-${check.id}-${band}-outcome.png` });
        }
      });
    }

    test('marks danger questions and offers yes, no and unsure', async ({ page }) => {
      await open(page, check.path);
      await page.locator('[data-next]').click();
      for (const [i, question] of q.questions.entries()) {
        const screen = page.locator(`[data-question-id="${question.id}"]`);
        if (question.danger) await expect(screen).toHaveAttribute('data-danger', 'true');
        else await expect(screen).not.toHaveAttribute('data-danger');
        const values = await screen
          .locator('input[type="radio"]')
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
        expect(values).toEqual(['yes', 'no', 'unsure']);
        if (i < q.questions.length - 1) await page.locator('[data-next]').click();
      }
      await expect(page.locator('button[type="submit"]')).toHaveCount(1);
    });
  });
}

test('axe finds no WCAG 2.2 AA violations on a question and on every outcome', async ({ page }) => {
  test.slow(); // five axe runs
  const { path } = checks[3]!;
  const q = questionnaire('en', 'check-other');
  const found: string[] = [];
  for (const band of bands) {
    await open(page, path);
    if (band === 'none') {
      await page.locator('[data-next]').click();
      found.push(...(await axeViolations(page, { label: 'question' })));
      await page.reload();
      await open(page, path);
    }
    await answerAll(page, q.questions, answersFor(band, q.questions));
    await expect(page.locator(`[data-result="${band}"]`)).toBeVisible();
    found.push(...(await axeViolations(page, { label: band })));
  }
  expect(found).toEqual([]);
});

test.describe('self-check behaviour', () => {
  const { path } = checks[0]!;
  const q = questionnaire('nl', 'check-self');
  const [first, second] = q.questions;

  test('shows one question at a time with progress, and keeps answers when going back and forth', async ({ page }) => {
    await open(page, path);
    await page.locator('[data-next]').click();
    await expect(page.locator('[data-question-id]')).toHaveCount(1);
    await expect(page.locator(`[data-question-id="${first!.id}"] h2`)).toBeFocused();
    await expect(page.locator('.sc-count')).toHaveText(`Vraag 1 van ${q.questions.length}`);
    if (shotsDir) {
      mkdirSync(shotsDir, { recursive: true });
      await page.screenshot({ path: `${shotsDir}/nl-check-self-question-1.png` });
    }

    await page.locator(`[data-question-id="${first!.id}"] input[value="yes"]`).check();
    await page.locator('[data-next]').click();
    await expect(page.locator(`[data-question-id="${second!.id}"]`)).toBeVisible();
    await expect(page.locator('.sc-count')).toHaveText(`Vraag 2 van ${q.questions.length}`);
    await page.locator(`[data-question-id="${second!.id}"] input[value="unsure"]`).check();

    await page.locator('[data-back]').click();
    await expect(page.locator(`[data-question-id="${first!.id}"] input[value="yes"]`)).toBeChecked();
    await expect(page.locator(`[data-question-id="${first!.id}"] h2`)).toBeFocused();
    await page.locator('[data-next]').click();
    await expect(page.locator(`[data-question-id="${second!.id}"] input[value="unsure"]`)).toBeChecked();
  });

  test('goes back from the outcome to the last question to change an answer', async ({ page }) => {
    await open(page, path);
    await answerAll(page, q.questions, answersFor('danger', q.questions));
    await expect(page.locator('[data-result="danger"]')).toBeVisible();
    await page.locator('[data-back]').click();
    const last = q.questions.at(-1)!;
    await expect(page.locator(`[data-question-id="${last.id}"]`)).toBeVisible();
  });

  test('"Wis mijn antwoorden" clears every answer and says so', async ({ page }) => {
    await open(page, path);
    await answerAll(page, q.questions, answersFor('serious', q.questions));
    await expect(page.locator('[data-result="serious"]')).toBeVisible();
    await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
    await expect(page.locator('.sc [role="status"]')).toHaveText('Je antwoorden zijn gewist.');
    await expect(page.locator('[data-result]')).toHaveCount(0);
    await expect(page.locator('.sc-start h2')).toBeFocused();
    // Submitting straight away now gives the outcome for no answers at all.
    await answerAll(page, q.questions, {});
    await expect(page.locator('[data-result="none"]')).toBeVisible();
    await expect(page.locator('.sc-note')).toContainText('geen vragen beantwoord');
  });

  test('says how many questions were skipped', async ({ page }) => {
    await open(page, path);
    await answerAll(page, q.questions, { [first!.id]: 'yes' });
    await expect(page.locator('[data-result="some"]')).toBeVisible();
    await expect(page.locator('.sc-note')).toHaveText(
      `Je hebt ${q.questions.length - 1} van de ${q.questions.length} vragen niet beantwoord.`,
    );
  });

  test('Enter on a radio button moves on and does not jump to the outcome', async ({ page }) => {
    await open(page, path);
    await page.locator('[data-next]').click();
    const radio = page.locator(`[data-question-id="${first!.id}"] input[value="no"]`);
    await radio.check();
    await radio.press('Enter');
    await expect(page.locator('[data-result]')).toHaveCount(0);
  });

  test('keeps nothing in the address, storage or cookies', async ({ page, context }) => {
    const requests: string[] = [];
    await open(page, path);
    const before = page.url();
    const historyBefore = await page.evaluate(() => history.length);
    page.on('request', (r) => requests.push(r.url()));
    await answerAll(page, q.questions, answersFor('danger', q.questions));
    await expect(page.locator('[data-result="danger"]')).toBeVisible();
    expect(page.url()).toBe(before);
    const stored = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      history: history.length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '', history: historyBefore });
    expect(await context.cookies()).toEqual([]);
    expect(requests).toEqual([]);
  });

  test('leaving the page and coming back starts empty', async ({ page }) => {
    await open(page, path);
    await page.locator('[data-next]').click();
    await page.locator(`[data-question-id="${first!.id}"] input[value="yes"]`).check();
    await page.goto('/');
    await page.goBack();
    await expect(page.locator('.sc--enhanced [data-next]')).toBeVisible();
    await expect(page.locator('[data-question-id]')).toHaveCount(0);
    await page.locator('[data-next]').click();
    await expect(page.locator(`[data-question-id="${first!.id}"] input:checked`)).toHaveCount(0);
  });
});

test('an Arabic reader answers the questions in Arabic, right to left, and reaches an Arabic outcome', async ({ page }) => {
  const q = questionnaire('ar', 'check-self');
  await open(page, '/ar/check-home/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('[data-next]').click();
  const first = page.locator(`[data-question-id="${q.questions[0]!.id}"]`);
  await expect(first.locator('h2')).toContainText(q.questions[0]!.text);
  // Nothing falls back to another language.
  await expect(page.locator('.sc [lang]:not([lang="ar"])')).toHaveCount(0);
  if (shotsDir) {
    mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: `${shotsDir}/ar-check-self-question-1.png` });
  }
  await page.goto('/ar/check-home/');
  await expect(page.locator('.sc--enhanced [data-next]')).toBeVisible();
  await answerAll(page, q.questions, answersFor('serious', q.questions));
  await expect(page.locator('[data-result="serious"] h2')).toHaveText(q.outcomes.serious.title);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const check of checks) {
    test(`${check.path} shows every question and the guidance for every outcome`, async ({ page }) => {
      const q = questionnaire(check.locale, check.id);
      await page.goto(check.path);
      const items = page.locator('[data-question-id]');
      await expect(items).toHaveCount(q.questions.length);
      for (const question of q.questions) {
        const item = page.locator(`[data-question-id="${question.id}"]`);
        await expect(item).toBeVisible();
        await expect(item).toContainText(question.text);
        if (question.danger) await expect(item).toHaveAttribute('data-danger', 'true');
      }
      for (const band of bands) {
        const section = page.locator(`[data-outcome="${band}"]`);
        await expect(section).toBeVisible();
        await expect(section.locator('h3')).toHaveText(q.outcomes[band].title);
        await expect(section).toContainText(q.outcomes[band].when);
        for (const step of q.outcomes[band].steps) await expect(section).toContainText(step);
      }
      // Nothing that only works with script: no radios, no buttons.
      await expect(page.locator('main input[type="radio"], main button').locator('visible=true')).toHaveCount(0);
      if (check.locale === 'nl') {
        if (shotsDir) {
          mkdirSync(shotsDir, { recursive: true });
          await page.screenshot({ path: `${shotsDir}/${check.locale}-${check.id}-no-js.png`, fullPage: true });
        }
      }
    });
  }
});
