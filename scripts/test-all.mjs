#!/usr/bin/env node
/**
 * `npm test`: every test, in the order that fails fastest, with the time of each phase at the end
 * so drift is visible (CI must stay within 10 minutes on a two-core machine).
 *   format and lint → type check → unit tests → build → phone numbers → static site tests
 *   → W3C HTML check → browser tests in Chromium → journeys in Firefox
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const phases = [];
const started = Date.now();

function report() {
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log('\n== Time per phase');
  for (const p of phases) console.log(`  ${p.label.padEnd(34)} ${seconds(p.ms).padStart(8)}${p.ok ? '' : '  FAILED'}`);
  console.log(`  ${'total'.padEnd(34)} ${seconds(Date.now() - started).padStart(8)}`);
}

/** Runs a command, or several at once (they share the machine; the phase lasts as long as the slowest). */
async function run(label, ...commands) {
  console.log(`\n== ${label}: ${commands.map(([c, a]) => `${c} ${a.join(' ')}`).join('  &  ')}`);
  const t = Date.now();
  const codes = await Promise.all(
    commands.map(
      ([command, args]) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { stdio: 'inherit', shell: false });
          child.on('exit', (code, signal) => resolve(code ?? signal));
        }),
    ),
  );
  const failed = codes.find((c) => c !== 0);
  phases.push({ label, ms: Date.now() - t, ok: failed === undefined });
  if (failed !== undefined) {
    report();
    console.error(`\n${label} failed (exit ${failed}).`);
    process.exit(typeof failed === 'number' ? failed : 1);
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

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
await run(
  'Format and lint',
  [bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  [bin('eslint'), ['--max-warnings', '0', '.']],
);
await run('Type check', ['node', ['scripts/astro.mjs', 'check']]);
await run('Unit tests', [bin('vitest'), ['run', '--project', 'unit']]);
await run('Build', ['node', ['scripts/astro.mjs', 'build']]);
const phoneCheck = new URL('../../shared/tools/check-phone-numbers', import.meta.url).pathname;
// content and src hold every number the site shows (the built HTML only repeats them).
if (existsSync(phoneCheck)) await run('Phone numbers', ['bash', [phoneCheck, 'content', 'src']]);
await run('Static site tests', [bin('vitest'), ['run', '--project', 'dist']]);
// Zero errors, and it stays zero: every built page through the W3C Nu Html Checker.
const vnu = new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;
await run('HTML check (W3C Nu Html Checker)', ['java', ['-jar', vnu, '--errors-only', '--skip-non-html', 'dist']]);
await run('Browser tests (Chromium)', [bin('playwright'), ['test']]);
await run('Browser journeys (Firefox)', [bin('vitest'), ['run', '--project', 'firefox']]);
report();
