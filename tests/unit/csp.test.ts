import { describe, it, expect } from 'vitest';
import { addMetaPolicy, buildPolicy, inlineHashes, mergeHashes, sha256 } from '../../src/lib/csp';

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

  it('adds frame-ancestors only to the header policy, where browsers read it', () => {
    expect(buildPolicy({ scripts: [], styles: [] })).not.toContain('frame-ancestors');
    expect(buildPolicy({ scripts: [], styles: [] }, { header: true })).toContain("frame-ancestors 'none'");
  });

  it('merges the hashes of all pages without duplicates', () => {
    expect(mergeHashes([{ scripts: ['a'], styles: ['s'] }, { scripts: ['a', 'b'], styles: [] }])).toEqual({
      scripts: ['a', 'b'],
      styles: ['s'],
    });
  });

  it('puts the policy before every script it governs', () => {
    const out = addMetaPolicy(html, "default-src 'self'");
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<style>'));
    expect(out.indexOf('<meta charset')).toBeLessThan(out.indexOf('Content-Security-Policy'));
  });
});
