#!/usr/bin/env node
/**
 * `npm test`: every test, in the order that fails fastest. Type check, unit tests, a
 * production build, the phone-number check, the W3C HTML check of every built page, then the
 * browser tests against the built site: Playwright in Chromium, and the main journeys in Firefox.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

function run(label, command, args) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browser) && !existsSync(chromium.executablePath())) {
  console.error(
    `No Chromium found. Install one of:\n` +
      `  - Debian/Ubuntu: apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)\n` +
      `  - anywhere else: npx playwright install chromium`,
  );
  process.exit(1);
}
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(`No Firefox found at ${firefox}. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  process.exit(1);
}
if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
  console.error('No Java found for the W3C HTML checker. Install it (Debian: apt-get install -y default-jre-headless).');
  process.exit(1);
}

run('Type check', 'node', ['scripts/astro.mjs', 'check']);
run('Unit tests', 'npx', ['vitest', 'run']);
run('Build', 'node', ['scripts/astro.mjs', 'build']);
const phoneCheck = new URL('../../shared/tools/check-phone-numbers', import.meta.url).pathname;
// content and src hold every number the site shows (the built HTML only repeats them).
if (existsSync(phoneCheck)) run('Phone numbers', 'bash', [phoneCheck, 'content', 'src']);
// Zero errors, and it stays zero: every built page through the W3C Nu Html Checker.
const vnu = new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;
run('HTML check (W3C Nu Html Checker)', 'java', ['-jar', vnu, '--errors-only', '--skip-non-html', 'dist']);
run('Browser tests (Chromium)', 'npx', ['playwright', 'test']);
run('Browser tests (Firefox)', 'npx', ['vitest', 'run', '--config', 'vitest.firefox.config.ts']);
