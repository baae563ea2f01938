import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir } from '../support/dist';

/**
 * deploy/nginx.conf, as a self-hoster would run it, over the built site on 127.0.0.1.
 * .ci/run installs Debian's nginx; a developer without nginx sees this suite skipped.
 */
const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const port = 4390 + Math.floor(Math.random() * 100);
const base = `http://127.0.0.1:${port}`;
let nginx: ChildProcess | undefined;
let run: string;
let startupWarnings = '';

test.describe.configure({ mode: 'serial' });
test.skip(!nginxBin && !process.env.CI, 'nginx is not installed (apt-get install nginx-light)');

test.beforeAll(async () => {
  if (!nginxBin) throw new Error('nginx is missing: .ci/run installs it with apt-get install nginx-light');
  run = mkdtempSync(join(tmpdir(), 'nginx-'));
  const deploy = fileURLToPath(new URL('../../deploy', import.meta.url));
  const fill = (text: string) =>
    text
      .replaceAll('__ROOT__', distDir.replace(/\/$/, ''))
      .replaceAll('__PORT__', String(port))
      .replaceAll('__RUN__', run)
      .replaceAll('__DEPLOY__', run);
  writeFileSync(join(run, 'nginx.conf'), fill(readFileSync(join(deploy, 'nginx.conf'), 'utf8')));
  writeFileSync(join(run, 'security-headers.conf'), fill(readFileSync(join(deploy, 'security-headers.conf'), 'utf8')));
  nginx = spawn(nginxBin, ['-e', 'stderr', '-p', run, '-c', join(run, 'nginx.conf'), '-g', 'daemon off; user root;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  nginx.stderr?.on('data', (d) => (errors += d));
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${base}/`).then(
      () => true,
      () => false,
    );
    if (up) {
      startupWarnings = errors.trim();
      return;
    }
    if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${errors}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start: ${errors}`);
});

test.afterAll(() => {
  nginx?.kill();
  if (run) rmSync(run, { recursive: true, force: true });
});

test('nginx sends the security headers with every page', async ({ request }) => {
  const res = await request.get(`${base}/`);
  expect(res.status()).toBe(200);
  const h = res.headers();
  // The header holds what only a header can say and what every page shares; each page's own
  // policy, with the hashes of its inline scripts and styles, is in its meta tag (src/lib/csp.ts).
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).toContain("object-src 'none'");
  expect(h['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval'/);
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await res.text())?.[1] ?? '';
  expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(meta).not.toMatch(/unsafe-inline/);
  expect(h['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(h['set-cookie']).toBeUndefined();
});

test('nginx compresses pages and caches hashed assets for a year', async ({ request }) => {
  const page = await request.get(`${base}/`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers()['content-encoding']).toBe('gzip');
  const asset = readdirSync(join(distDir, '_astro'))[0];
  const res = await request.get(`${base}/_astro/${asset}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers()['content-security-policy']).toBeTruthy();
});

test("nginx answers an unknown address with that language's own 404 page", async ({ request }) => {
  for (const [path, lang] of [
    ['/bestaat-niet/', 'nl'],
    ['/en/missing/', 'en'],
    ['/ar/missing/', 'ar'],
    ['/uk/missing/', 'uk'],
  ]) {
    const res = await request.get(`${base}${path}`);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toContain(`<html lang="${lang}"`);
  }
});

test('nginx keeps deployment files from visitors', async ({ request }) => {
  expect((await request.get(`${base}/_headers`)).status()).toBe(404);
  expect((await request.get(`${base}/_csp.nginx.conf`)).status()).toBe(404);
});

test('nginx keeps redirects relative, whatever Host a client sends', async () => {
  const res = await fetch(`${base}/en`, { redirect: 'manual', headers: { Host: 'evil.example' } });
  expect(res.status).toBe(301);
  expect(res.headers.get('location')).toBe('/en/');
});

test('nginx tells browsers to ask again for pages, and how long to keep the search index', async ({ request }) => {
  expect((await request.get(`${base}/`)).headers()['cache-control']).toBe('no-cache');
  expect((await request.get(`${base}/huisverbod/`)).headers()['cache-control']).toBe('no-cache');
  const res = await request.get(`${base}/pagefind/pagefind.js`);
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=3600');
});

test('nginx answers other methods with 405 and Allow, and folders of assets with 404', async ({ request }) => {
  const post = await request.fetch(`${base}/`, { method: 'POST', data: 'x' });
  expect(post.status()).toBe(405);
  expect(post.headers()['allow']).toBe('GET, HEAD');
  expect((await request.get(`${base}/_astro/`)).status()).toBe(404);
  expect((await request.get(`${base}/pagefind/`)).status()).toBe(404);
  expect((await request.get(`${base}/_locales.nginx.conf`)).status()).toBe(404);
});

test('nginx starts without warnings (no duplicate MIME types)', () => {
  expect(startupWarnings).toBe('');
});
