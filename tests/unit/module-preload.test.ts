import { describe, expect, it } from 'vitest';
import { addModulePreloads, islandEntryUrls, moduleClosure, staticImports } from '../../src/lib/module-preload';

describe('islandEntryUrls', () => {
  it('finds the component and renderer of every island, each once', () => {
    const html =
      '<astro-island uid="a" component-url="/_astro/HelpFinder.1.js" renderer-url="/_astro/client.2.js" ssr></astro-island>' +
      '<astro-island uid="b" component-url="/_astro/SelfCheck.3.js" renderer-url="/_astro/client.2.js"></astro-island>';
    expect(islandEntryUrls(html)).toEqual(['/_astro/HelpFinder.1.js', '/_astro/client.2.js', '/_astro/SelfCheck.3.js']);
  });
  it('finds nothing on a page without islands', () => {
    expect(islandEntryUrls('<main><p>component-url="/x.js"</p></main>')).toEqual([]);
  });
});

describe('staticImports', () => {
  it('reads minified imports and re-exports, and leaves dynamic imports out', () => {
    const code = 'import{a as e,n as t}from"./preact.1.js";import"./side.2.js";export{x}from"../up.3.js";const m=import("./lazy.4.js");';
    expect(staticImports(code)).toEqual(['./preact.1.js', './side.2.js', '../up.3.js']);
  });
  it('ignores bare package names and text that only looks like an import', () => {
    expect(staticImports('import{h}from"preact";const s="import from ./not.js";')).toEqual([]);
  });
});

describe('moduleClosure', () => {
  const files: Record<string, string> = {
    '/_astro/Island.js': 'import{a}from"./preact.js";import{b}from"./text.js";',
    '/_astro/client.js': 'import{a}from"./preact.js";',
    '/_astro/preact.js': 'export const a=1;',
    '/_astro/text.js': 'import{a}from"./preact.js";',
  };
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

describe('addModulePreloads', () => {
  it('adds one link per module at the end of the head', () => {
    const html = addModulePreloads('<html><head><title>t</title></head><body></body></html>', ['/_astro/a.js', '/_astro/b.js']);
    expect(html).toBe(
      '<html><head><title>t</title><link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js"></head><body></body></html>',
    );
  });
  it('does not add a link twice when run again', () => {
    const once = addModulePreloads('<head></head>', ['/_astro/a.js']);
    expect(addModulePreloads(once, ['/_astro/a.js'])).toBe(once);
  });
});
