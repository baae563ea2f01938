/**
 * A second browser engine: the quick exit, one help-finder lookup, one search and one self-check
 * in Firefox (Debian's firefox-esr, driven by Puppeteer over WebDriver BiDi), against the built site.
 * Firefox differs from Chromium where it matters here: history (location.replace), key events,
 * the back/forward cache, speech synthesis, <details>. Run by `npm test` after the build (the
 * `firefox` project of vitest.config.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { installSpeechStandIn, type Spoken } from '../../src/components/read-aloud/speech-stand-in';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const port = 4500 + Math.floor(Math.random() * 200);
const base = `http://127.0.0.1:${port}`;
const outside = (
  JSON.parse(readFileSync(new URL('../../content/settings.json', import.meta.url), 'utf8')) as { quickExitUrl: string }
).quickExitUrl;
let server: ChildProcess;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(firefox)) throw new Error(`Firefox not found at ${firefox}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  server = spawn(process.execPath, [fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url)), '--port', String(port)], {
    stdio: 'ignore',
  });
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(base).then(
      () => true,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 100));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    protocol: 'webDriverBiDi',
    // No network here, and none needed: the outside address only has to be asked for.
    extraPrefsFirefox: { 'network.dns.disableIPv6': true, 'browser.safebrowsing.malware.enabled': false },
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

/** A fresh page that records the addresses it asks for. */
async function open(path: string): Promise<{ page: Page; asked: string[] }> {
  const page = await browser.newPage();
  const asked: string[] = [];
  page.on('request', (r) => asked.push(r.url()));
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return { page, asked };
}

async function until(check: () => boolean | Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Firefox', () => {
  it('quick exit: a click hides the page, blanks the title and leaves for the outside address', async () => {
    const { page, asked } = await open('/huisverbod/');
    const state = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.click();
      const visible = [...document.body.children].filter(
        (el) => getComputedStyle(el).display !== 'none' && !el.classList.contains('exit-overlay'),
      );
      return { visible: visible.length, title: document.title, overlay: document.querySelector('.exit-overlay')?.textContent };
    });
    expect(state).toEqual({ visible: 0, title: 'Laden.', overlay: 'Laden.' });
    await until(() => asked.some((u) => u.startsWith(outside)), 'the request to the outside address');
    await page.close();
  });

  it('quick exit: the page left is not one Back press away', async () => {
    const page = await browser.newPage();
    // There is no network: answer the outside address with a stand-in page.
    await page.setRequestInterception(true);
    page.on('request', (r) =>
      r.url().startsWith(outside)
        ? void r.respond({ status: 200, contentType: 'text/html', body: '<title>Outside</title><h1>Weather</h1>' })
        : void r.continue(),
    );
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.goto(`${base}/huisverbod/`, { waitUntil: 'load' });
    await page.click('a[data-quick-exit]');
    await until(() => page.url().startsWith(outside), 'the outside page');
    await until(
      async () => (await page.$eval('h1', (h) => h.textContent).catch(() => '')) === 'Weather',
      'the outside page to load',
    );
    // Back leads to the page before, never to the page the person left from. (Read the address in
    // the page: over BiDi, page.url() is not updated for a history navigation in Firefox.)
    expect(await page.evaluate(() => history.length)).toBe(2);
    await page.evaluate(() => history.back());
    const here = () => page.evaluate(() => location.href).catch(() => '');
    await until(async () => (await here()).startsWith(base), 'going back');
    expect(new URL(await here()).pathname).toBe('/');
    await page.close();
  });

  it('quick exit: Shift pressed three times leaves', async () => {
    const { page, asked } = await open('/en/');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await until(() => asked.some((u) => u.startsWith(outside)), 'the request to the outside address');
    await page.close();
  });

  it('quick exit: typing capitals in a field never leaves', async () => {
    const { page, asked } = await open('/hulp-in-je-gemeente/');
    await page.waitForSelector('input[role="combobox"]');
    await page.type('input[role="combobox"]', 'AAA Den HAAG');
    expect(await page.$eval('input[role="combobox"]', (el) => (el as HTMLInputElement).value)).toBe('AAA Den HAAG');
    expect(asked.some((u) => u.startsWith(outside))).toBe(false);
    await page.close();
  });

  it('help finder: a village finds its municipality with a tap-to-call link', async () => {
    const { page } = await open('/hulp-in-je-gemeente/');
    await page.waitForSelector('input[role="combobox"]');
    await page.type('input[role="combobox"]', 'Naaldwijk');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-municipality="westland"] a[href="tel:08002000"]');
    await page.close();
  });

  it('search: a word finds its page, with Pagefind searching in its web worker', async () => {
    const { page, asked } = await open('/zoeken/');
    await page.waitForSelector('input[type="search"]');
    await page.type('input[type="search"]', 'huisverbod');
    await page.waitForSelector('[data-search-results] a[href="/huisverbod/"]');
    expect(asked.some((u) => u.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
    await page.close();
  });

  it('self-check: a yes to a danger question shows 112 at once, and the outcome is danger', async () => {
    const { page } = await open('/check-thuis/');
    await page.waitForSelector('.sc--enhanced [data-next]');
    await page.click('[data-next]');
    for (let i = 0; i < 30; i++) {
      const question = await page.waitForSelector('[data-question-id]');
      const danger = await question!.evaluate((el) => el.getAttribute('data-danger') === 'true');
      if (danger) {
        await page.click('[data-question-id] input[value="yes"]');
        await page.waitForSelector('[data-danger-now] a[href="tel:112"]');
      }
      const submit = await page.$('button[type="submit"]');
      if (submit) {
        await submit.click();
        break;
      }
      await page.click('[data-next]');
    }
    await page.waitForSelector('[data-result="danger"] a[href="tel:112"]');
    await page.close();
  });

  it('read aloud: the heading first in Dutch, and the quick exit silences it before leaving', async () => {
    const page = await browser.newPage();
    // Firefox's own speech engine is replaced by a stand-in that records what it is asked to say.
    await page.evaluateOnNewDocument(`(${installSpeechStandIn.toString()})(['nl-NL', 'en-GB'])`);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    await page.goto(`${base}/hulp/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-read-aloud-start]', { visible: true });
    await page.click('[data-read-aloud-start]');
    await page.waitForSelector('[data-read-aloud-confirm]', { visible: true });
    await page.click('[data-read-aloud-confirm]');
    const spoken = () => page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken);
    await until(async () => (await spoken()).length > 0, 'the first words');
    const heading = await page.$eval('main h1', (h) => (h as HTMLElement).innerText.trim());
    expect((await spoken())[0]).toMatchObject({ text: heading, lang: 'nl', voice: 'nl-NL' });
    const cancels = await page.evaluate(() => {
      const speech = (window as unknown as { __speech: { cancels: number } }).__speech;
      const before = speech.cancels;
      document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.click();
      return speech.cancels - before;
    });
    expect(cancels).toBeGreaterThan(0);
    await until(() => asked.some((u) => u.startsWith(outside)), 'the request to the outside address');
    await page.close();
  });

  it('header: the language list opens with the keyboard and leads to the page in another language', async () => {
    const { page } = await open('/huisverbod/');
    await page.focus('.language-menu summary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.language-menu a[hreflang="ar"]', { visible: true });
    await page.click('.language-menu a[hreflang="ar"]');
    await until(
      async () => (await page.evaluate(() => document.documentElement.dir).catch(() => '')) === 'rtl',
      'the Arabic page',
    );
    expect(await page.evaluate(() => document.body.dataset.page)).toBe('restraining-order');
    await page.close();
  });
});
