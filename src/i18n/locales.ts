/**
 * The one place that declares the site's languages. Astro's i18n config, the routes, the
 * language switcher, the UI-string checks and the tests all read this list.
 * Adding a language: one entry here, one `content/ui/<code>.json`, then its pages.
 */
declare const languageTag: unique symbol;
/**
 * A BCP-47 language tag ("nl", "pt-BR"): for `lang` and `hreflang` attributes and for `Intl`.
 * A type of its own, so it is never used where a locale code (a folder name, a URL prefix such
 * as "pt-br") is meant: the two may differ.
 */
export type LanguageTag = string & { readonly [languageTag]: true };
const tag = (value: string) => value as LanguageTag;

export interface Locale {
  /** Folder name under content/pages and content/ui, and the URL prefix (none for the default). */
  code: string;
  /** BCP-47 tag for `<html lang>` and hreflang. */
  lang: LanguageTag;
  /** The language's name in that language, for the language switcher. */
  label: string;
  dir: 'ltr' | 'rtl';
  /**
   * Which language a reader sees when a page is not translated yet. Residents who read Turkish,
   * Arabic, Polish or Ukrainian are more likely to get by in English than in Dutch; English
   * readers fall back to the Dutch source.
   */
  fallback?: string;
  /**
   * Data texts (contacts, municipalities, self-checks, figures) must exist in this language:
   * the build stops when one is missing. A new language starts with false while its
   * translations are being written; readers then see the fallback text, marked with its language.
   */
  dataRequired: boolean;
}

export const locales = [
  { code: 'nl', lang: tag('nl'), label: 'Nederlands', dir: 'ltr', dataRequired: true },
  { code: 'en', lang: tag('en'), label: 'English', dir: 'ltr', fallback: 'nl', dataRequired: true },
  { code: 'tr', lang: tag('tr'), label: 'Türkçe', dir: 'ltr', fallback: 'en', dataRequired: true },
  { code: 'ar', lang: tag('ar'), label: 'العربية', dir: 'rtl', fallback: 'en', dataRequired: true },
  { code: 'pl', lang: tag('pl'), label: 'Polski', dir: 'ltr', fallback: 'en', dataRequired: true },
  { code: 'uk', lang: tag('uk'), label: 'Українська', dir: 'ltr', fallback: 'en', dataRequired: true },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof locales)[number]['code'];

/** Dutch is the source language: every page is written in Dutch first and served at `/`. */
export const defaultLocale: LocaleCode = 'nl';

export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

/** The writing direction of a locale of this site, by its code ("ltr" for anything unknown). */
export function dirOf(code: string): 'ltr' | 'rtl' {
  return locales.find((l) => l.code === code)?.dir ?? 'ltr';
}

export function isLocale(code: string): code is LocaleCode {
  return (localeCodes as string[]).includes(code);
}

export function getLocale(code: string): Locale {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}". Known: ${localeCodes.join(', ')}`);
  return found;
}

/**
 * The languages to try, in order, when a page is missing in `code`: the locale itself, then its
 * fallback chain, ending at the default locale.
 */
export function fallbackChain(code: string): LocaleCode[] {
  const chain: LocaleCode[] = [];
  let current: string | undefined = code;
  while (current && !chain.includes(current as LocaleCode)) {
    chain.push(getLocale(current).code as LocaleCode);
    current = (getLocale(current) as Locale).fallback;
  }
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}
