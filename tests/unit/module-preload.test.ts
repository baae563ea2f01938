import { describe, expect, it } from 'vitest';
import { moduleClosure, staticImports } from '../../src/lib/module-preload';
import { parseHtml, serializeHtml } from '../../src/lib/post-build/html-doc';
import { preloadIslandModules, type PageContext } from '../../src/lib/post-build/steps';

const files: Record<string, string> = {
  '/_astro/Island.js': 'import{a}from"./preact.js";import{b}from"./text.js";',
  '/_astro/client.js': 'import{a}from"./preact.js";',
  '/_astro/preact.js': 'export const a=1;',
  '/_astro/text.js': 'import{a}from"./preact.js";',
};
const context: PageContext = { path: '/', readModule: (p) => files[p], searchWasm: () => 'unknown' };
function preloaded(html: string): string {
  const doc = parseHtml(html);
  preloadIslandModules.run(doc, context);
  return serializeHtml(doc);
}

describe('the island preload step', () => {
  it('announces every module the islands of a page run, each once, at the end of the head', () => {
    const html =
      '<html><head><title>t</title></head><body>' +
      '<astro-island uid="a" component-url="/_astro/Island.js" renderer-url="/_astro/client.js" ssr></astro-island>' +
      '<astro-island uid="b" component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island></body></html>';
    const links = [...preloaded(html).matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(['/_astro/Island.js', '/_astro/client.js', '/_astro/preact.js', '/_astro/text.js']);
  });
  it('leaves a page without islands alone, even if its text mentions component-url', () => {
    const html = '<html><head></head><body><main><p>component-url="/x.js"</p></main></body></html>';
    expect(preloaded(html)).toBe(html);
  });
  it('does not add a link twice when run again', () => {
    const html = '<html><head></head><body><astro-island component-url="/_astro/preact.js"></astro-island></body></html>';
    expect(preloaded(preloaded(html))).toBe(preloaded(html));
  });
});

describe('staticImports', () => {
  it('reads minified imports and re-exports, and leaves dynamic imports out', () => {
    const code =
      'import{a as e,n as t}from"./preact.1.js";import"./side.2.js";export{x}from"../up.3.js";const m=import("./lazy.4.js");';
    expect(staticImports(code)).toEqual(['./preact.1.js', './side.2.js', '../up.3.js']);
  });
  it('ignores bare package names and text that only looks like an import', () => {
    expect(staticImports('import{h}from"preact";const s="import from ./not.js";')).toEqual([]);
  });
});

describe('moduleClosure', () => {
  it('follows imports to every module once, entries first', () => {
    expect(moduleClosure(['/_astro/Island.js', '/_astro/client.js'], (p) => files[p])).toEqual([
      '/_astro/Island.js',
      '/_astro/client.js',
      '/_astro/preact.js',
      '/_astro/text.js',
    ]);
  });
  it('skips a module that is not a file of the site instead of announcing a 404', () => {
    expect(moduleClosure(['/_astro/missing.js', '/_astro/preact.js'], (p) => files[p])).toEqual(['/_astro/preact.js']);
  });
});
