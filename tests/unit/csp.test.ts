import { describe, it, expect } from 'vitest';
import { buildPolicy, headerPolicy, mergeHashes, sha256 } from '../../src/lib/csp';
import { parseHtml, serializeHtml } from '../../src/lib/post-build/html-doc';
import { contentSecurityPolicy, inlineHashes as hashesOf, type PageContext } from '../../src/lib/post-build/steps';

const inlineHashes = (html: string) => hashesOf(parseHtml(html));
function addMetaPolicy(html: string, policy: string): string {
  const doc = parseHtml(html);
  const context: PageContext = { path: '/', readModule: () => undefined, searchWasm: () => 'unknown' };
  contentSecurityPolicy(() => policy).run(doc, context);
  return serializeHtml(doc);
}

describe('content security policy', () => {
  const html =
    '<html><head><meta charset="utf-8"><style>p{}</style><script src="/a.js"></script></head>' +
    '<body><script type="module">go()</script><script type="application/json">{}</script></body></html>';

  it('hashes inline scripts and styles but not external or data scripts', () => {
    expect(inlineHashes(html)).toEqual({ scripts: [sha256('go()')], styles: [sha256('p{}')] });
  });

  it('never allows unsafe-inline scripts, and allows Pagefind WebAssembly', () => {
    const policy = buildPolicy(inlineHashes(html));
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).not.toMatch(/ 'unsafe-eval'/);
  });

  it('puts frame-ancestors only in the header policy, where browsers read it', () => {
    expect(buildPolicy({ scripts: [], styles: [] })).not.toContain('frame-ancestors');
    expect(headerPolicy()).toContain("frame-ancestors 'none'");
  });

  it('keeps the header policy free of anything that would block a page’s own hashed scripts', () => {
    // The browser enforces the header and the meta policy together: a script-src or default-src in
    // the header without the page's hashes would block its inline scripts.
    expect(headerPolicy()).not.toMatch(/default-src|script-src|style-src/);
    expect(headerPolicy()).toContain("object-src 'none'");
  });

  it('merges the hashes of all pages without duplicates', () => {
    expect(
      mergeHashes([
        { scripts: ['a'], styles: ['s'] },
        { scripts: ['a', 'b'], styles: [] },
      ]),
    ).toEqual({
      scripts: ['a', 'b'],
      styles: ['s'],
    });
  });

  it('puts the policy before every script it governs', () => {
    const out = addMetaPolicy(html, "default-src 'self'");
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<style>'));
    expect(out.indexOf('<meta charset')).toBeLessThan(out.indexOf('Content-Security-Policy'));
  });
  it('hashes a script exactly as written, also when it holds "<" or "&" (a parser, not a pattern)', () => {
    const code = 'if (a < b && c > d) go("</p>")';
    expect(inlineHashes(`<html><head></head><body><script>${code}</script></body></html>`).scripts).toEqual([sha256(code)]);
  });
});
