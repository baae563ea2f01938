/**
 * The page contract (shared/design/page-contract.md) and the site's links, read from the built
 * HTML of every page: no browser needed. The browser tests (tests/e2e) cover what a person sees.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, describePage, distDir, fileFor } from '../support/dist';
import { defaultLocale, locales } from '../../src/i18n/locales';
import { publishedIds, sharedContractIds } from '../support/contract';

const built = builtHtml();
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];
const localeOfPath = (path: string) => locales.find((l) => l.code !== defaultLocale && path.startsWith(`/${l.code}/`)) ?? locales.find((l) => l.code === defaultLocale)!;
const pages = built.filter((p) => !p.path.includes('404'));

describe('every page', () => {
  it('finds the built pages', () => {
    expect(built.length).toBeGreaterThan(locales.length * 5);
  });

  it('declares its language and direction, its page id, and refers nothing to the next site', () => {
    for (const { path, html } of built) {
      const expected = localeOfPath(path);
      expect.soft(attr(html, /<html[^>]* lang="([^"]+)"/), path).toBe(expected.lang);
      expect.soft(attr(html, /<html[^>]* dir="([^"]+)"/), path).toBe(expected.dir);
      expect.soft(attr(html, /<body[^>]* data-page="([^"]+)"/), path).toMatch(/^[a-z0-9-]+$/);
      expect.soft(html, path).toContain('<meta name="referrer" content="no-referrer">');
      expect.soft(html, path).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'/);
    }
  });

  it('has one quick exit link, as the first link of the page', () => {
    for (const { path, html } of built) {
      expect.soft(html.match(/<a [^>]*data-quick-exit(?:="")?[ >]/g)?.length, path).toBe(1);
      // The hidden skip link that leaves at once comes before everything else in the body.
      const firstLink = /<body[^>]*>[\s\S]*?<a ([^>]*)>/.exec(html)?.[1] ?? '';
      expect.soft(firstLink, path).toContain('data-quick-exit-skip');
    }
  });

  it('links its other language versions (hreflang, x-default) and names every language in the language list', () => {
    for (const { path, html } of pages) {
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((m) => m[1]);
      expect.soft(alternates, path).toContain('x-default');
      expect.soft(alternates, path).toContain(locales.find((l) => l.code === defaultLocale)!.lang);
      const list = /<nav class="language-switcher[^"]*"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      for (const l of locales) expect.soft(list, `${path} names ${l.code}`).toContain(`hreflang="${l.lang}"`);
    }
  });
});

describe('links', () => {
  it('every link out of the site carries noreferrer', () => {
    for (const { path, html } of built) {
      const outbound = [...html.matchAll(/<a ([^>]*href="https?:[^"]*"[^>]*)>/g)].map((m) => m[1]!);
      expect.soft(outbound.filter((a) => !/rel="[^"]*noreferrer/.test(a)), path).toEqual([]);
    }
  });

  it('every internal link leads to a page that exists', () => {
    const missing = new Set<string>();
    for (const { path, html } of built) {
      for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#?]*)[^"]*"/g)) {
        if (!existsSync(fileFor(href!))) missing.add(`${href} (linked from ${path})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("every page is reachable from its language's start page within three clicks (no orphans)", () => {
    const links = new Map(built.map(({ path, html }) => [path, [...html.matchAll(/<a [^>]*href="(\/[^"#?]*)[^"]*"/g)].map((m) => m[1]!)]));
    const depth = new Map<string, number>();
    let frontier = locales.map((l) => (l.code === defaultLocale ? '/' : `/${l.code}/`));
    frontier.forEach((s) => depth.set(s, 0));
    for (let d = 1; d <= 3; d++) {
      const next: string[] = [];
      for (const path of frontier)
        for (const href of links.get(path) ?? [])
          if (!depth.has(href)) {
            depth.set(href, d);
            next.push(href);
          }
      frontier = next;
    }
    expect(pages.map((b) => b.path).filter((p) => !depth.has(p))).toEqual([]);
  });
});

describe('page ids', () => {
  const ids = new Set(built.map(({ path, html }) => describePage(path, html).id));

  it('no published page id disappears (ids may be added, never removed)', () => {
    expect(publishedIds.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("the list of published ids holds every id of the shared page contract, where it can be read", () => {
    if (!sharedContractIds) return; // a clone without ../shared: the committed list is the contract
    expect(sharedContractIds.filter((id) => !publishedIds.includes(id))).toEqual([]);
  });
});

describe('pages shown in another language', () => {
  const fallbacks = built.filter(({ html }) => html.includes('data-fallback-notice'));

  it("say so in the reader's language, keep the text's own language on main, and stay out of search engines", () => {
    for (const { path, html } of fallbacks) {
      const reader = localeOfPath(path);
      const noticeTag = /<p[^>]*data-fallback-notice[^>]*>/.exec(html)?.[0] ?? '';
      expect.soft(attr(noticeTag, / lang="([^"]+)"/), path).toBe(reader.lang);
      expect.soft(attr(html, /<main[^>]* lang="([^"]+)"/), path).not.toBe(reader.lang);
      expect.soft(html, path).toContain('<meta name="robots" content="noindex">');
      expect.soft(html, path).not.toContain('data-pagefind-body');
      // The notice names the text's language in the reader's own language and script.
      const textLang = attr(html, /<main[^>]* lang="([^"]+)"/)!;
      const notice = /<p[^>]*data-fallback-notice[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      expect.soft(notice, path).toContain(new Intl.DisplayNames([reader.lang], { type: 'language' }).of(textLang));
    }
  });

  it('are left out of sitemap.xml, while every page written for its language is in it', () => {
    const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const { path } of fallbacks) expect.soft(xml, path).not.toContain(`${path}</loc>`);
    for (const { path, html } of pages) {
      if (html.includes('noindex')) continue;
      expect.soft(xml, path).toContain(`${path}</loc>`);
    }
    expect(xml).not.toContain('/404');
  });
});

describe('styles', () => {
  // Each page carries only the CSS of the blocks it uses (src/mdx/registry.ts). A class that the site
  // styles somewhere must then be styled on every page that uses it.
  it('every class a page uses is styled on that page (no block loses its CSS)', () => {
    const styles = (html: string) => [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
    const classesIn = (css: string) => new Set([...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
    const sourceCss = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.css'))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
    const styledSomewhere = classesIn(sourceCss.join('\n'));
    expect(styledSomewhere.size).toBeGreaterThan(50);
    for (const { path, html } of built) {
      const own = classesIn(styles(html));
      const used = new Set([...html.matchAll(/ class="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
      expect.soft([...used].filter((c) => styledSomewhere.has(c) && !own.has(c)), path).toEqual([]);
    }
  });
});
