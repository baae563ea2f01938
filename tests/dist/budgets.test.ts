/**
 * What a first visit costs and whom it contacts, read from the built files: every page, no
 * browser. The browser walk (tests/e2e/site-walk.spec.ts) measures the same budgets on the wire
 * for the sampled pages, islands and all.
 */
import { describe, expect, it } from 'vitest';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { builtHtml, fileFor } from '../support/dist';
import { budgets } from '../../src/lib/budgets';

const built = builtHtml();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const hasIsland = (html: string) => html.includes('<astro-island');

/** Every address a page makes the browser request by itself (not links a person follows). */
function requestedUrls(html: string): string[] {
  const urls: string[] = [];
  const tags = html.match(/<(?:script|link|img|source|iframe|embed|object|video|audio|track|form|input|button|image|use)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const name = /^<(\w+)/.exec(tag)![1]!.toLowerCase();
    const rel = /\srel="([^"]*)"/.exec(tag)?.[1] ?? '';
    // Links that only describe the page (its address, its translations) are not requests.
    if (name === 'link' && /\b(canonical|alternate)\b/.test(rel)) continue;
    for (const [, attrName, value] of tag.matchAll(/\s(src|href|srcset|data|poster|action|formaction|xlink:href)="([^"]*)"/gi)) {
      if (name !== 'link' && attrName === 'href') continue;
      // srcset lists "address width" pairs; every other attribute is one address.
      if (attrName!.toLowerCase() === 'srcset') urls.push(...value!.split(',').map((v) => v.trim().split(/\s+/)[0]!));
      else urls.push(value!);
    }
  }
  for (const [, url] of html.matchAll(/url\(\s*['"]?([^'")\s]+)/g)) urls.push(url!);
  for (const [, url] of html.matchAll(/@import\s+['"]([^'"]+)/g)) urls.push(url!);
  return urls.filter(Boolean);
}
const foreign = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith('data:');

describe('bytes', () => {
  it("every page's HTML, compressed, fits the first round trip (14 KB)", () => {
    // Brotli at its best (quality 11), as a static host precompresses; a fast first pass (quality 5,
    // never smaller) picks the pages worth the slow one.
    const fast = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };
    const over = built
      .map(({ path }) => ({ path, file: readFileSync(fileFor(path)) }))
      .filter(({ file }) => brotliCompressSync(file, fast).length > budgets.firstFlight)
      .map(({ path, file }) => ({ path, bytes: brotliCompressSync(file).length }))
      .filter(({ bytes }) => bytes > budgets.firstFlight)
      .map(({ path, bytes }) => `${path}: ${kb(bytes)}`);
    expect(over).toEqual([]);
  });

  it('a page without an island asks for nothing but itself: its first visit is its HTML', () => {
    for (const { path, html } of built.filter(({ html }) => !hasIsland(html))) {
      const subresources = requestedUrls(html).filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
      expect.soft(subresources, path).toEqual([]);
    }
  });

  it('the JavaScript inlined in a page without an island stays within its budget', () => {
    for (const { path, html } of built.filter(({ html }) => !hasIsland(html))) {
      const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
      expect.soft(brotliCompressSync(scripts).length, path).toBeLessThanOrEqual(budgets.scriptWithoutIsland);
    }
  });

  it('the quick-exit script is at most 2 KB compressed', () => {
    const html = built.find((b) => b.path === '/')!.html;
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const quickExit = scripts.find((s) => s.includes('exit-overlay'));
    expect(quickExit, 'the quick-exit script is inlined in every page').toBeDefined();
    expect(brotliCompressSync(quickExit!).length).toBeLessThanOrEqual(budgets.quickExit);
  });

  it('no page loads a font file', () => {
    for (const { path, html } of built) expect.soft(html, path).not.toMatch(/\.(woff2?|ttf|otf|eot)\b|@font-face/);
  });
});

describe('privacy in the markup', () => {
  it('no page asks another host for anything (scripts, styles, images, frames, fonts, forms)', () => {
    for (const { path, html } of built) expect.soft(requestedUrls(html).filter(foreign), path).toEqual([]);
  });

  it('the check itself finds a request to another host', () => {
    const html = '<link rel="stylesheet" href="https://cdn.example/x.css"><img srcset="/a.png 1x, https://img.example/b.png 2x"><p style="background:url(//t.example/p.gif)">';
    expect(requestedUrls(html).filter(foreign)).toEqual(['https://cdn.example/x.css', 'https://img.example/b.png', '//t.example/p.gif']);
    expect(requestedUrls('<a href="https://ind.nl/">IND</a><link rel="canonical" href="https://site.example/">').filter(foreign)).toEqual([]);
  });

  it('no form sends what is typed anywhere (no form has an action)', () => {
    for (const { path, html } of built) {
      expect.soft(html.match(/<form[^>]*\saction=/g) ?? [], path).toEqual([]);
    }
  });
});
