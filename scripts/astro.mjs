#!/usr/bin/env node
/**
 * Runs Astro for `npm run build`, `npm start`, `npm run dev` and `npm run check`, quietly:
 * - no telemetry (this site promises not to track anyone; its build does not report home either);
 * - a build logs warnings and errors only, then one summary line: a build that lists every one of
 *   its ~400 pages would hide the one warning that matters.
 *
 *   node scripts/astro.mjs build | dev | check | <any astro command>
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const [command = 'build', ...rest] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));

if (command === 'build' && !rest.includes('--verbose')) {
  const started = Date.now();
  const { build } = await import('astro');
  await build({ root, logLevel: 'warn' });
  const pages = readdirSync(new URL('../dist/', import.meta.url), { recursive: true }).filter((f) =>
    String(f).endsWith('.html'),
  ).length;
  console.log(`Built ${pages} pages into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} else {
  const astro = fileURLToPath(new URL('../node_modules/.bin/astro', import.meta.url));
  const result = spawnSync(astro, [command, ...rest], { stdio: 'inherit', cwd: root });
  process.exit(result.status ?? 1);
}
