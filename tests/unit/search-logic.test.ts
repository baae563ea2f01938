import { describe, expect, it } from 'vitest';
import {
  countKey,
  excerptParts,
  fill,
  normalizeQuery,
  pagefindScriptUrl,
  pagefindWasmUrl,
} from '../../src/islands/search/search-logic';
import { parseKind } from '../../src/lib/page-kinds';

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked parts', () => {
    expect(excerptParts('een <mark>huisverbod</mark> duurt <mark>10</mark> dagen')).toEqual([
      { text: 'een ', mark: false },
      { text: 'huisverbod', mark: true },
      { text: ' duurt ', mark: false },
      { text: '10', mark: true },
      { text: ' dagen', mark: false },
    ]);
  });

  it('decodes the entities Pagefind escapes, once', () => {
    expect(excerptParts('women&#39;s shelter &amp; help &amp;lt;b&amp;gt;')).toEqual([
      { text: "women's shelter & help &lt;b&gt;", mark: false },
    ]);
  });

  it('never lets markup through: tags other than mark become nothing', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>hi <mark><b>there</b></mark>');
    expect(parts).toEqual([
      { text: 'hi ', mark: false },
      { text: 'there', mark: true },
    ]);
    expect(parts.map((p) => p.text).join('')).not.toContain('<');
  });

  it('keeps text after an unclosed mark as plain text', () => {
    expect(excerptParts('a <mark>b')).toEqual([{ text: 'a b', mark: false }]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('normalizeQuery', () => {
  it('trims and collapses spaces', () => {
    expect(normalizeQuery('  aangifte \n  doen ')).toBe('aangifte doen');
  });
  it('turns only-spaces input into an empty query', () => {
    expect(normalizeQuery(' \t ')).toBe('');
  });
  it('cuts very long input at 100 characters', () => {
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(100);
  });
});

describe('countKey', () => {
  it('picks the string for none, one or many results', () => {
    expect(countKey(0)).toBe('search.none');
    expect(countKey(1)).toBe('search.one');
    expect(countKey(2)).toBe('search.many');
    expect(countKey(-1)).toBe('search.none');
  });
});

describe('pagefindScriptUrl', () => {
  it('points at the script the search-index integration writes', () => {
    expect(pagefindScriptUrl()).toBe('/pagefind/pagefind.js');
    expect(pagefindScriptUrl('/sub/')).toBe('/sub/pagefind/pagefind.js');
  });
});

describe('pagefindWasmUrl', () => {
  it('names the WASM after the index language, without a region', () => {
    expect(pagefindWasmUrl('nl')).toBe('/pagefind/wasm.nl.pagefind');
    expect(pagefindWasmUrl('en-GB')).toBe('/pagefind/wasm.en.pagefind');
    expect(pagefindWasmUrl('AR', '/sub/')).toBe('/sub/pagefind/wasm.ar.pagefind');
  });
  it('falls back to the language-less WASM for an empty lang', () => {
    expect(pagefindWasmUrl('')).toBe('/pagefind/wasm.unknown.pagefind');
  });
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{count} pagina’s voor ‘{query}’ {x}', { count: 3, query: 'hulp' })).toBe('3 pagina’s voor ‘hulp’ {x}');
  });

  it('writes one period after a value that ends in its own (a Ukrainian month: "листопад 2026 р.")', () => {
    expect(fill('додано: {taken}.', { taken: 'листопад 2026 р.' })).toBe('додано: листопад 2026 р.');
    expect(fill('overgenomen in {taken}.', { taken: 'november 2026' })).toBe('overgenomen in november 2026.');
    expect(fill('{a}. {b}', { a: 'x.', b: 'y' })).toBe('x. y');
  });
});

describe('page kinds', () => {
  it('reads a kind from result metadata and treats bad values as information', () => {
    expect(parseKind('help')).toBe('help');
    expect(parseKind('nonsense')).toBe('information');
    expect(parseKind(undefined)).toBe('information');
  });
});
