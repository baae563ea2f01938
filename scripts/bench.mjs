#!/usr/bin/env node
/**
 * npm run bench: how fast the site is for someone on a cheap phone with a weak signal.
 *
 *   npm run bench                  build, serve compressed, measure, write bench/results.{json,md}
 *   npm run bench -- --scale 10    also build copies with 10x (and --scale 50: 50x) synthetic
 *                                  pages and report build time and search-index size
 *   npm run bench -- --no-build    measure the existing dist/
 *   npm run bench -- --no-build --only search,exit
 *                                  measure some parts (bytes, paint, first, exit, search), print them
 *                                  and write no results file
 *   npm run bench -- --no-build --dist <folder> --only first
 *                                  measure another build (an older commit's dist/)
 *   npm run bench -- --before <folder> --runs 9
 *                                  also time an older build's key pages, interleaved run by run
 *                                  with this build's and the floors: a fair before/after
 *
 * Profile: Slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and 4x CPU slowdown,
 * the median of 3 runs. Timings live here, never in tests (they vary from run to run).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { categorise, weigh } from '../src/lib/budgets.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const scales = args.flatMap((a, i) => (a === '--scale' ? [Number(args[i + 1])] : [])).filter(Boolean);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const want = (part) => !only || only.includes(part);
const port = 4480;
const floorPort = 4481;
const base = `http://127.0.0.1:${port}`;
const profile = { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0, cpu: 4 };
// Pages a person in a hurry is most likely to open, in the main languages.
const timedPages = [
  '/',
  '/en/',
  '/ar/',
  '/uk/',
  '/hulp-in-je-gemeente/',
  '/check-thuis/',
  '/zorgen-om-iemand/',
  '/huisverbod/',
  '/cijfers/',
  '/zoeken/',
];
const searchQuery = { path: '/zoeken/', query: 'huisverbod' };
const distDir = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : join(root, 'dist');
/** Another build (an older commit's dist/) whose key pages are measured in the same runs. */
const beforeDir = args.includes('--before') ? args[args.indexOf('--before') + 1] : undefined;
const beforeOrigin = 'http://127.0.0.1:4483';
let beforeServer;
/** The key pages of the first screen (issue 26), by page id, in Dutch, Arabic and Ukrainian. */
const firstScreenIds = ['home', 'get-help', 'help-finder', 'veilig-thuis', 'restraining-order', 'safety-plan'];
const firstScreenLocales = ['nl', 'ar', 'uk'];

/** Every built page's URL path and what its HTML says about it (language code, page id). */
function builtPages() {
  return readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f.split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
}
function pageOf(path) {
  const html = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  return { path, lang: /<html[^>]* lang="([^"]+)"/.exec(html)?.[1], id: /<body[^>]* data-page="([^"]+)"/.exec(html)?.[1] };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const kb = (n) => Math.round((n / 1024) * 10) / 10;

function build(cwd, env = {}) {
  const start = performance.now();
  const r = spawnSync('node', [join(root, 'scripts/astro.mjs'), 'build'], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`build failed in ${cwd}`);
  return Math.round(performance.now() - start);
}

function dirSize(dir) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  }
  return total;
}

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return cdp;
}

async function weighPage(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfers = [];
  const pending = [];
  page.on('requestfinished', (r) =>
    pending.push(
      r.sizes().then(
        (s) =>
          transfers.push({
            url: r.url(),
            type: categorise(r.resourceType(), r.url()),
            bytes: s.responseBodySize + s.responseHeadersSize,
          }),
        () => {},
      ),
    ),
  );
  await page.goto(base + path, { waitUntil: 'load' });
  if ((await page.locator('astro-island').count()) > 0) await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  const w = weigh(transfers);
  return {
    total: w.total,
    requests: w.requests,
    html: w.byType.document,
    css: w.byType.stylesheet,
    js: w.byType.script,
    fonts: w.byType.font,
    images: w.byType.image,
    search: w.byType.search,
  };
}

/** One throttled load of a page at 390 px: its FCP and LCP (the last LCP candidate). */
async function paintOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await throttle(page);
  await page.goto(url, { waitUntil: 'load' });
  const t = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let largest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) largest = Math.max(largest, e.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => {
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          resolve({ fcp: paint ? paint.startTime : NaN, lcp: largest || (paint ? paint.startTime : NaN) });
        }, 300);
      }),
  );
  await context.close();
  return t;
}

async function paintTimes(browser, path, origin = base) {
  const fcp = [];
  const lcp = [];
  for (let i = 0; i < runs; i++) {
    const t = await paintOnce(browser, origin + path);
    fcp.push(t.fcp);
    lcp.push(t.lcp);
  }
  return { fcp: Math.round(median(fcp)), lcp: Math.round(median(lcp)) };
}

/**
 * Paint times of many pages, run by run: every page once in run 1, then again in run 2... The
 * machine drifts by tens of milliseconds over a minute; interleaving lets the drift hit every page
 * and floor alike, so their differences mean something.
 */
async function interleavedPaintTimes(browser, urls) {
  const seen = Object.fromEntries(Object.keys(urls).map((k) => [k, { fcp: [], lcp: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const [key, url] of Object.entries(urls)) {
      const t = await paintOnce(browser, url);
      seen[key].fcp.push(t.fcp);
      seen[key].lcp.push(t.lcp);
    }
  }
  return Object.fromEntries(
    Object.entries(seen).map(([k, v]) => [k, { fcp: Math.round(median(v.fcp)), lcp: Math.round(median(v.lcp)) }]),
  );
}

async function quickExitTimes(browser) {
  const hidden = [];
  const leaving = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const settings = JSON.parse(readFileSync(join(root, 'content/settings.json'), 'utf8'));
    const outside = new URL(settings.quickExitUrl).origin;
    let left;
    const outbound = new Promise((r) => (left = r));
    await context.route(`${outside}/**`, (route) => {
      left(performance.now());
      return route.fulfill({ contentType: 'text/html', body: '<h1>Outside</h1>' });
    });
    await page.goto(`${base}/huisverbod/`, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    const start = performance.now();
    // Time inside the page from the click to the moment nothing of the page is displayed.
    const inPage = await page.evaluate(() => {
      const t0 = performance.now();
      document.querySelector('a[data-quick-exit]').click();
      const main = document.querySelector('main');
      return main && getComputedStyle(main).display === 'none' ? performance.now() - t0 : NaN;
    });
    hidden.push(inPage);
    leaving.push((await outbound) - start);
    await context.close();
  }
  return { clickToHiddenMs: Math.round(median(hidden) * 100) / 100, clickToOutboundRequestMs: Math.round(median(leaving)) };
}

/**
 * The first search on the search page, two ways: "typed" is a person who taps the field and
 * types the query (a key every 150 ms; the field starts loading Pagefind on focus); "pasted" is
 * the whole query at once as soon as the field appears (the search page starts loading Pagefind
 * when it has loaded, so a pasted query has only that head start). Timed inside the page, from the input event that
 * completes the query to the first result on screen (timing from Node adds Playwright's own
 * polling of a slowed-down page, about half a second).
 */
async function searchTimes(browser, origin = base, modes = ['typed', 'pasted']) {
  const result = { query: searchQuery.query };
  for (const mode of modes) {
    const bytes = [];
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const marks = { lastInput: 0, shown: 0 };
        globalThis.__benchSearch = marks;
        document.addEventListener('input', () => (marks.lastInput = performance.now()), true);
        new MutationObserver(() => {
          if (!marks.shown && document.querySelector('[data-search-results] a')) marks.shown = performance.now();
        }).observe(document, { childList: true, subtree: true });
      });
      await throttle(page);
      let indexBytes = 0;
      const pending = [];
      page.on('requestfinished', (r) => {
        if (new URL(r.url()).pathname.startsWith('/pagefind/'))
          pending.push(
            r.sizes().then(
              (s) => (indexBytes += s.responseBodySize + s.responseHeadersSize),
              () => {},
            ),
          );
      });
      await page.goto(origin + searchQuery.path, { waitUntil: 'load' });
      // The search field comes with the island (there is no search without JavaScript).
      const input = page.getByRole('searchbox').first();
      if (
        !(await input.waitFor({ timeout: 20_000 }).then(
          () => true,
          () => false,
        ))
      ) {
        await context.close();
        return undefined;
      }
      if (mode === 'typed') {
        await input.click();
        await input.pressSequentially(searchQuery.query, { delay: 150 });
      } else {
        await input.fill(searchQuery.query);
      }
      await page.locator('[data-search-results] a').first().waitFor({ timeout: 30_000 });
      const marks = await page.evaluate(() => globalThis.__benchSearch);
      times.push(marks.shown - marks.lastInput);
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      bytes.push(indexBytes);
      await context.close();
    }
    result[mode] = { bytes: median(bytes), kb: kb(median(bytes)), timeToResultsMs: Math.round(median(times)) };
  }
  return result;
}

/**
 * How soon a page does its main job on the throttled phone, timed inside the page from the start
 * of navigation: the help finder answers a typed place (the island appears, "Naaldwijk" is typed
 * and sent, the result shows), and the self-check accepts its first answer (the island appears,
 * "Begin", the first radio is checked). No Playwright polling in the figure.
 */
async function readyTimes(browser, origin = base) {
  const tasks = {
    finder: {
      path: '/hulp-in-je-gemeente/',
      script: () => {
        const done = (globalThis.__benchReady = { ms: 0 });
        new MutationObserver((_, observer) => {
          const input = document.querySelector('input[role="combobox"]');
          if (input && !input.dataset.benchTyped) {
            input.dataset.benchTyped = '1';
            input.value = 'Naaldwijk';
            input.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(() => input.form.requestSubmit(), 0);
          }
          if (document.querySelector('[data-municipality]')) {
            done.ms = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      },
    },
    selfCheck: {
      path: '/check-thuis/',
      script: () => {
        const done = (globalThis.__benchReady = { ms: 0 });
        new MutationObserver((_, observer) => {
          const start = document.querySelector('.sc--enhanced .sc-start [data-next]');
          if (start && !start.dataset.benchClicked) {
            start.dataset.benchClicked = '1';
            start.click();
          }
          const radio = document.querySelector('.sc--enhanced input[type="radio"]');
          if (radio && !done.ms) {
            radio.click();
            if (radio.checked) {
              done.ms = performance.now();
              observer.disconnect();
            }
          }
        }).observe(document, { childList: true, subtree: true });
      },
    },
  };
  const out = {};
  for (const [name, task] of Object.entries(tasks)) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.addInitScript(task.script);
      await throttle(page);
      await page.goto(origin + task.path, { waitUntil: 'load' });
      await page.waitForFunction(() => globalThis.__benchReady?.ms > 0, undefined, { timeout: 30_000 });
      times.push(await page.evaluate(() => globalThis.__benchReady.ms));
      await context.close();
    }
    out[name] = Math.round(median(times));
  }
  return out;
}

/**
 * The floors, served and timed like the site: an almost empty page (a heading and a line: what the
 * machine itself costs); the same in the site's font stack and heading size, in Dutch (`/font/`)
 * and in each first-screen language's own script (`/font/ar/`, `/font/uk/`: an Arabic or Cyrillic
 * heading makes the browser find fallback fonts, which a Latin floor would not show); and a page
 * with the site's own styles and the same heading and line (`/styles/`: what the style sheet costs
 * before any header or text). A key page's LCP over its font floor is what its styles, header,
 * notices and text add before the first paint.
 */
const floorText = {
  nl: ['Een lege pagina', 'Om te meten wat het apparaat zelf kost.'],
  ar: ['صفحة فارغة', 'لقياس ما يكلفه الجهاز نفسه.'],
  uk: ['Порожня сторінка', 'Щоб виміряти, скільки коштує сам пристрій.'],
};
function floorPage() {
  const dir = join(root, 'bench/tmp/floor');
  const page = (style, lang = 'nl', head = '') =>
    `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Leeg</title>${style}${head}<h1>${floorText[lang][0]}</h1><p>${floorText[lang][1]}</p>`;
  const write = (path, html) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  };
  write('', page(''));
  const font = /font-family:([^;]+);/.exec(readFileSync(join(root, 'src/styles/global.css'), 'utf8'))?.[1] ?? 'system-ui';
  const fontStyle = `<style>:root{font-family:${font};line-height:1.55}body{margin:0 1rem;font-size:1.0625rem}h1{font-size:1.5rem;line-height:1.25}</style>`;
  for (const lang of firstScreenLocales) write(lang === 'nl' ? 'font' : `font/${lang}`, page(fontStyle, lang));
  // The site's style elements as the built home page has them (no scripts, no CSP: nothing runs).
  const home = readFileSync(join(distDir, 'index.html'), 'utf8');
  const styles = (home.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? []).join('');
  write('styles', page('', 'nl', styles));
  return dir;
}

function syntheticCopy(factor) {
  const dir = join(root, 'bench/tmp', `scale-${factor}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const pagesDir = join(dir, 'content/pages');
  // Information pages only: the feature blocks (help finder, self-check...) belong to one page id.
  const sources = readdirSync(join(pagesDir, 'nl'))
    .map((f) => readFileSync(join(pagesDir, 'nl', f), 'utf8'))
    .filter((text) => !/<(MunicipalityContacts|HelpFinder|SelfCheck|SiteSearch|SitemapList)\b/.test(text));
  const realCount = readdirSync(pagesDir).reduce((n, l) => n + readdirSync(join(pagesDir, l)).length, 0);
  const extra = realCount * (factor - 1);
  for (let i = 0; i < extra; i++) {
    // Real Dutch text, so the search index grows as it would with real pages.
    const body = sources[i % sources.length]
      .replace(/^---[\s\S]*?---/, '')
      .replace(/<PageLink id="[^"]+">([^<]*)<\/PageLink>/g, '$1');
    writeFileSync(
      join(pagesDir, 'nl', `bench-${i}.mdx`),
      `---\nid: bench-${i}\ntitle: Testpagina ${i}\ndescription: Een gegenereerde pagina om de bouwtijd te meten.\naudience: [residents]\nkind: information\nsources: [001_c27f374d1fabb481.txt]\nupdated: 2026-11-24\n---\n${body}`,
    );
  }
  return { dir, files: realCount + extra };
}

/** scripts/serve.mjs with brotli on a port (dist/ or another folder), once it answers. */
async function serve(onPort, dir = distDir) {
  const child = spawn('node', ['scripts/serve.mjs', '--port', String(onPort), '--compress', '--dir', dir], {
    cwd: root,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${onPort}/`;
  for (
    let i = 0;
    i < 50 &&
    !(await fetch(url).then(
      () => true,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 100));
  return child;
}

async function main() {
  const results = { date: new Date().toISOString(), profile, runs };
  if (!args.includes('--no-build')) {
    results.buildMs = build(root);
    console.log(`build: ${results.buildMs} ms`);
  }
  results.pagefindIndexKB = kb(dirSize(join(distDir, 'pagefind')));
  results.sourceFiles = readdirSync(join(root, 'content/pages')).reduce(
    (n, l) => n + readdirSync(join(root, 'content/pages', l)).length,
    0,
  );
  const server = await serve(port);
  const floorServer = await serve(floorPort, floorPage());
  if (beforeDir && want('first')) beforeServer = await serve(4483, beforeDir);
  try {
    const browser = await chromium.launch(chromiumLaunchOptions());
    if (want('paint') || want('first')) {
      results.floor = await paintTimes(browser, '/', `http://127.0.0.1:${floorPort}`);
      results.fontFloor = await paintTimes(browser, '/font/', `http://127.0.0.1:${floorPort}`);
      console.log(`paint of an empty page (the machine itself): FCP ${results.floor.fcp} ms, LCP ${results.floor.lcp} ms`);
      console.log(`paint of an empty page in the site's font: FCP ${results.fontFloor.fcp} ms, LCP ${results.fontFloor.lcp} ms`);
    }
    if (want('first')) {
      // The key pages at 390 px, run by run with the floors (and the --before build, if given).
      const floorOrigin = `http://127.0.0.1:${floorPort}`;
      const urls = { empty: `${floorOrigin}/`, styles: `${floorOrigin}/styles/` };
      for (const lang of firstScreenLocales) urls[`font ${lang}`] = `${floorOrigin}/font/${lang === 'nl' ? '' : `${lang}/`}`;
      const keyPages = [];
      for (const lang of firstScreenLocales) {
        for (const id of firstScreenIds) {
          const p = builtPages()
            .map(pageOf)
            .find((x) => x.lang === lang && x.id === id);
          if (!p) continue;
          keyPages.push({ name: `${lang} ${id}`, lang, path: p.path });
          urls[`${lang} ${id}`] = base + p.path;
          if (beforeServer) urls[`before ${lang} ${id}`] = beforeOrigin + p.path;
        }
      }
      const t = await interleavedPaintTimes(browser, urls);
      results.firstScreenFloors = Object.fromEntries(
        ['empty', 'styles', ...firstScreenLocales.map((l) => `font ${l}`)].map((k) => [k, t[k].lcp]),
      );
      console.log(`floors (LCP, same runs): ${JSON.stringify(results.firstScreenFloors)}`);
      results.firstScreen = {};
      for (const { name, lang, path } of keyPages) {
        const font = t[`font ${lang}`].lcp;
        const before = t[`before ${name}`];
        results.firstScreen[name] = {
          path,
          ...t[name],
          overEmpty: t[name].lcp - t.empty.lcp,
          overFont: t[name].lcp - font,
          ...(before && { before: before.lcp, beforeOverFont: before.lcp - font }),
        };
        console.log(
          `first screen ${name} (${path}): LCP ${t[name].lcp} ms, ${t[name].lcp - font} ms over its font floor` +
            (before ? `; before: ${before.lcp} ms, ${before.lcp - font} ms over` : ''),
        );
      }
    }
    if (want('bytes')) {
      results.pages = {};
      for (const path of builtPages()) results.pages[path] = await weighPage(browser, path);
      const totals = Object.values(results.pages).map((p) => p.total);
      results.bytes = { medianKB: kb(median(totals)), maxKB: kb(Math.max(...totals)), pages: totals.length };
      console.log(`bytes: median ${results.bytes.medianKB} KB, max ${results.bytes.maxKB} KB over ${totals.length} pages`);
    }
    if (want('paint')) {
      results.paint = {};
      for (const path of timedPages.filter((p) => existsSync(join(distDir, p, 'index.html')))) {
        results.paint[path] = await paintTimes(browser, path);
        console.log(`paint ${path}: FCP ${results.paint[path].fcp} ms, LCP ${results.paint[path].lcp} ms`);
      }
    }
    if (want('ready')) {
      results.ready = await readyTimes(browser);
      console.log(
        `ready: the help finder answers a typed place after ${results.ready.finder} ms, the self-check takes its first answer after ${results.ready.selfCheck} ms (from navigation)`,
      );
    }
    if (want('exit')) {
      results.quickExit = await quickExitTimes(browser);
      console.log(
        `quick exit: hidden after ${results.quickExit.clickToHiddenMs} ms, outbound after ${results.quickExit.clickToOutboundRequestMs} ms`,
      );
    }
    if (want('search')) results.search = await searchTimes(browser);
    if (results.search) {
      const { query, typed, pasted } = results.search;
      console.log(
        `search "${query}": typed ${typed.kb} KB, results ${typed.timeToResultsMs} ms after the last letter; pasted ${pasted.kb} KB, results after ${pasted.timeToResultsMs} ms`,
      );
    }
    await browser.close();
  } finally {
    server.kill();
    floorServer.kill();
    beforeServer?.kill();
    rmSync(join(root, 'bench/tmp/floor'), { recursive: true, force: true });
  }
  if (scales.length) {
    results.scale = [];
    for (const factor of scales) {
      const { dir, files } = syntheticCopy(factor);
      const buildMs = build(dir, { BENCH_SYNTHETIC_PAGES: '1' });
      const htmlPages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
      const row = { factor, sourceFiles: files, htmlPages, buildMs, pagefindIndexKB: kb(dirSize(join(dir, 'dist/pagefind'))) };
      // What a bigger index costs a reader: the first (pasted) query on the bigger site.
      const scalePort = 4482;
      const scaleServer = await serve(scalePort, join(dir, 'dist'));
      try {
        const origin = `http://127.0.0.1:${scalePort}`;
        const browser = await chromium.launch(chromiumLaunchOptions());
        const search = await searchTimes(browser, origin, ['pasted']);
        await browser.close();
        if (search) Object.assign(row, { firstQueryKB: search.pasted.kb, firstQueryMs: search.pasted.timeToResultsMs });
      } finally {
        scaleServer.kill();
      }
      results.scale.push(row);
      console.log(
        `scale ${factor}x: ${files} files, ${htmlPages} pages, build ${buildMs} ms, index ${row.pagefindIndexKB} KB, first query ${row.firstQueryKB} KB in ${row.firstQueryMs} ms`,
      );
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only) console.log('\n--only: no results file written');
  else writeResults(results);
}

function writeResults(results) {
  const file = join(root, 'bench/results.json');
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  // Scale runs take minutes: without --scale, keep the last ones (with their date) rather than lose them.
  if (results.scale) results.scaleDate = results.date;
  else if (previous?.scale) Object.assign(results, { scale: previous.scale, scaleDate: previous.scaleDate ?? previous.date });
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const delta = (now, before) =>
    before === undefined || now === undefined ? '' : ` (${now - before >= 0 ? '+' : ''}${Math.round((now - before) * 10) / 10})`;
  const lines = [
    `# Bench results`,
    ``,
    `${results.date}. Profile: ${profile.latency} ms round trip, 1.6 Mbit/s down, ${profile.cpu}x CPU slowdown; median of ${runs}. Changes against the previous run in brackets.`,
    ``,
    `| measure | value |`,
    `| --- | --- |`,
    `| build | ${results.buildMs ?? '-'} ms${delta(results.buildMs, previous?.buildMs)} |`,
    `| bytes per first visit, median | ${results.bytes.medianKB} KB${delta(results.bytes.medianKB, previous?.bytes?.medianKB)} |`,
    `| bytes per first visit, heaviest page | ${results.bytes.maxKB} KB${delta(results.bytes.maxKB, previous?.bytes?.maxKB)} |`,
    ...(results.ready
      ? [
          `| help finder answers a typed place (from navigation; empty page LCP ${results.floor.lcp} ms) | ${results.ready.finder} ms${delta(results.ready.finder, previous?.ready?.finder)} |`,
          `| self-check accepts its first answer (from navigation; empty page LCP ${results.floor.lcp} ms) | ${results.ready.selfCheck} ms${delta(results.ready.selfCheck, previous?.ready?.selfCheck)} |`,
        ]
      : []),
    `| quick exit: click to page hidden | ${results.quickExit.clickToHiddenMs} ms |`,
    `| quick exit: click to outbound request | ${results.quickExit.clickToOutboundRequestMs} ms |`,
    ...(results.search
      ? [
          `| search "${results.search.query}", typed (from the last letter) | ${results.search.typed.kb} KB, results after ${results.search.typed.timeToResultsMs} ms${delta(results.search.typed.timeToResultsMs, previous?.search?.typed?.timeToResultsMs)} |`,
          `| search "${results.search.query}", pasted as soon as the field appears | ${results.search.pasted.kb} KB, results after ${results.search.pasted.timeToResultsMs} ms${delta(results.search.pasted.timeToResultsMs, previous?.search?.pasted?.timeToResultsMs)} |`,
        ]
      : [`| search | not built |`]),
    `| Pagefind index on disk | ${results.pagefindIndexKB} KB |`,
    ``,
    `Sizes in KB as transferred on a first visit: compressed, response headers included.`,
    ``,
    `Paint times vary by about 100 ms from run to run on a shared 2-core machine; "LCP over empty" (the`,
    `page's LCP minus the empty page's, same run) is what the site itself adds.`,
    ``,
    `| page | FCP ms | LCP ms | LCP over empty | KB | requests | HTML | CSS | JS | fonts | images |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
    `| (an empty page: the machine itself) | ${results.floor.fcp} | ${results.floor.lcp} | | | | | | | | |`,
    ...Object.entries(results.paint).map(([path, t]) => {
      const p = results.pages[path];
      return `| ${path} | ${t.fcp}${delta(t.fcp, previous?.paint?.[path]?.fcp)} | ${t.lcp}${delta(t.lcp, previous?.paint?.[path]?.lcp)} | ${t.lcp - results.floor.lcp} | ${kb(p.total)} | ${p.requests} | ${kb(p.html)} | ${kb(p.css)} | ${kb(p.js)} | ${kb(p.fonts)} | ${kb(p.images)} |`;
    }),
  ];
  if (results.firstScreen) {
    const f = results.firstScreenFloors;
    const hasBefore = Object.values(results.firstScreen).some((t) => t.before !== undefined);
    lines.push(
      '',
      `First screen: the key pages at 390 px in Dutch, Arabic and Ukrainian, each over the floor in its own language and script, all pages and floors interleaved run by run. Floors (LCP ms): empty page ${f.empty}; the site's styles with a heading and a line ${f.styles}; the site's font with a heading and a line: ${firstScreenLocales.map((l) => `${l} ${f[`font ${l}`]}`).join(', ')}.`,
      '',
      `| page | LCP ms | over empty | over its font floor |${hasBefore ? ' before: LCP ms | before: over its font floor |' : ''}`,
      `| --- | --- | --- | --- |${hasBefore ? ' --- | --- |' : ''}`,
      ...Object.entries(results.firstScreen).map(
        ([name, t]) =>
          `| ${name} (${t.path}) | ${t.lcp} | ${t.overEmpty} | ${t.overFont} |${hasBefore ? ` ${t.before ?? '-'} | ${t.beforeOverFont ?? '-'} |` : ''}`,
      ),
    );
  }
  if (results.scale) {
    lines.push(
      '',
      `Scale: the 1x row is this run; the others were measured ${results.scaleDate} (\`--scale 10 --scale 50\`), with synthetic Dutch pages added to the site of that day. First query: "${searchQuery.query}" pasted, throttled as above.`,
      '',
      '| scale | source files | HTML pages | build ms | Pagefind index KB | first query KB | first query ms |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    lines.push(
      `| 1x (the site today) | ${results.sourceFiles ?? '-'} | ${results.bytes?.pages ?? '-'} | ${results.buildMs ?? '-'} | ${results.pagefindIndexKB} | ${results.search?.pasted?.kb ?? '-'} | ${results.search?.pasted?.timeToResultsMs ?? '-'} |`,
    );
    for (const s of results.scale)
      lines.push(
        `| ${s.factor}x | ${s.sourceFiles} | ${s.htmlPages} | ${s.buildMs} | ${s.pagefindIndexKB} | ${s.firstQueryKB ?? '-'} | ${s.firstQueryMs ?? '-'} |`,
      );
  }
  writeFileSync(join(root, 'bench/results.md'), `${lines.join('\n')}\n`);
  console.log(`\nwritten: bench/results.json, bench/results.md`);
}

await main();
