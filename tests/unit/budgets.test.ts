import { describe, it, expect } from 'vitest';
import { categorise, overBudget, weigh } from '../../src/lib/budgets';

describe('byte budgets', () => {
  it('adds up a page by kind of request', () => {
    const w = weigh([
      { url: '/', type: 'document', bytes: 9000 },
      { url: '/a.js', type: 'script', bytes: 1000 },
      { url: '/b.js', type: 'script', bytes: 500 },
    ]);
    expect(w).toMatchObject({ total: 10500, requests: 3 });
    expect(w.byType.script).toBe(1500);
  });

  it('accepts a page that fits one round trip and flags one that does not, with the figures', () => {
    expect(overBudget('/', weigh([{ url: '/', type: 'document', bytes: 13_000 }]), false)).toEqual([]);
    expect(overBudget('/x/', weigh([{ url: '/', type: 'document', bytes: 15_000 }]), false)).toEqual([
      '/x/: 14.6 KB on a first visit (budget 14.0 KB: one round trip)',
    ]);
  });

  it('lets a page with an island load its script later, if its HTML fits one round trip', () => {
    const page = (html: number, js: number) =>
      weigh([
        { url: '/', type: 'document', bytes: html },
        { url: '/island.js', type: 'script', bytes: js },
      ]);
    expect(overBudget('/finder/', page(13_000, 12_000), true)).toEqual([]);
    expect(overBudget('/finder/', page(15_000, 1_000), true)).toEqual([
      '/finder/: its HTML is 14.6 KB (budget 14.0 KB: the page must work in one round trip)',
    ]);
    expect(overBudget('/finder/', page(13_000, 20_000), true)[0]).toMatch(/on a first visit \(budget 30.0 KB\)/);
  });

  it('allows more script only on pages with an island', () => {
    const w = weigh([{ url: '/app.js', type: 'script', bytes: 8000 }]);
    expect(overBudget('/check/', w, true)).toEqual([]);
    expect(overBudget('/info/', w, false)[0]).toMatch(/JavaScript without an island/);
  });

  it('never allows font files', () => {
    expect(overBudget('/', weigh([{ url: '/f.woff2', type: 'font', bytes: 1 }]), false)[0]).toMatch(/font files/);
  });

  it('weighs the search engine on its own budget, apart from the page', () => {
    const w = weigh([
      { url: '/zoeken/', type: 'document', bytes: 9000 },
      { url: '/pagefind/wasm.nl.pagefind', type: 'search', bytes: 60_000 },
    ]);
    expect(w.total).toBe(9000);
    expect(overBudget('/zoeken/', w, true)).toEqual([]);
    const heavy = weigh([{ url: '/pagefind/wasm.nl.pagefind', type: 'search', bytes: 90_000 }]);
    expect(overBudget('/zoeken/', heavy, true)).toEqual(['/zoeken/: the search engine is 87.9 KB (budget 80.0 KB)']);
  });

  it('sorts request types into our categories', () => {
    expect(categorise('script', 'http://127.0.0.1:4322/pagefind/pagefind.js')).toBe('search');
    expect(categorise('fetch', '/pagefind/index/nl_1.pf_index')).toBe('search');
    expect(categorise('script', 'http://127.0.0.1:4322/_astro/page.js')).toBe('script');
    expect(categorise('xhr')).toBe('fetch');
    expect(categorise('websocket')).toBe('other');
    expect(categorise('script')).toBe('script');
  });
});
