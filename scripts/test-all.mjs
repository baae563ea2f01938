#!/usr/bin/env node
/**
 * `npm test`: every test, in the order that fails fastest. Type check, unit tests, a
 * production build, the phone-number check, then the browser tests against the built site.
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

run('Type check', 'npx', ['astro', 'check']);
run('Unit tests', 'npx', ['vitest', 'run']);
run('Build', 'npx', ['astro', 'build']);
const phoneCheck = new URL('../../shared/tools/check-phone-numbers', import.meta.url).pathname;
// content and src hold every number the site shows (the built HTML only repeats them).
if (existsSync(phoneCheck)) run('Phone numbers', 'bash', [phoneCheck, 'content', 'src']);
run('Browser tests', 'npx', ['playwright', 'test']);
