import { describe, it, expect } from 'vitest';
import { buildRoutes, RouteTable, pathFor, localeFromPath } from '../../src/lib/routes';
import { fallbackChain, locales, getLocale } from '../../src/i18n/locales';

const files = [
  { locale: 'nl', slug: 'index', id: 'home' },
  { locale: 'en', slug: 'index', id: 'home' },
  { locale: 'ar', slug: 'index', id: 'home' },
  { locale: 'nl', slug: 'huisverbod', id: 'restraining-order' },
  { locale: 'en', slug: 'restraining-order', id: 'restraining-order' },
  { locale: 'nl', slug: 'cijfers', id: 'figures' },
];

describe('routing', () => {
  it('serves Dutch at the root and other languages under their code', () => {
    expect(pathFor('nl', 'index')).toBe('/');
    expect(pathFor('nl', 'huisverbod')).toBe('/huisverbod/');
    expect(pathFor('ar', 'index')).toBe('/ar/');
    expect(pathFor('en', 'restraining-order')).toBe('/en/restraining-order/');
  });

  it('gives every page a URL in every language, so the switcher never links to nothing', () => {
    const table = new RouteTable(buildRoutes(files));
    for (const id of ['home', 'restraining-order', 'figures']) {
      expect(
        table
          .everyLocale(id)
          .map((r) => r.locale)
          .sort(),
      ).toEqual(locales.map((l) => l.code).sort());
    }
  });

  it('shows an untranslated page in the fallback language, marked as a fallback', () => {
    const table = new RouteTable(buildRoutes(files));
    expect(table.get('tr', 'restraining-order')).toMatchObject({
      path: '/tr/restraining-order/',
      contentLocale: 'en',
      isFallback: true,
    });
    expect(table.get('en', 'figures')).toMatchObject({ path: '/en/cijfers/', contentLocale: 'nl', isFallback: true });
    expect(table.get('ar', 'home')).toMatchObject({ path: '/ar/', isFallback: false });
  });

  it('lists only real translations as hreflang alternates', () => {
    const table = new RouteTable(buildRoutes(files));
    expect(table.translations('restraining-order').map((r) => r.locale)).toEqual(['nl', 'en']);
  });

  it('explains an unknown page id instead of returning a broken link', () => {
    const table = new RouteTable(buildRoutes(files));
    expect(() => table.path('nl', 'restraining-ordr')).toThrow(/No page with id "restraining-ordr"/);
  });

  it('falls back from Arabic to English to Dutch', () => {
    expect(fallbackChain('ar')).toEqual(['ar', 'en', 'nl']);
    expect(fallbackChain('nl')).toEqual(['nl']);
  });

  it('reads the locale from a URL path', () => {
    expect(localeFromPath('/ar/huisverbod/')).toBe('ar');
    expect(localeFromPath('/huisverbod/')).toBe('nl');
    expect(localeFromPath('/')).toBe('nl');
    expect(localeFromPath('/english-page/')).toBe('nl');
  });

  it('gives each language the direction of its script (Intl.Locale), and throws on an unknown code', () => {
    // Arabic, Hebrew, Persian, Urdu and the like are written right to left; a new language is
    // checked against its own script without editing this test.
    const rtlScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);
    for (const l of locales) {
      const script = new Intl.Locale(l.lang).maximize().script ?? '';
      expect(l.dir, l.code).toBe(rtlScripts.has(script) ? 'rtl' : 'ltr');
    }
    expect(getLocale('ar').dir).toBe('rtl');
    expect(() => getLocale('xx')).toThrow(/Unknown locale/);
  });
});
