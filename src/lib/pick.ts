/**
 * Picking a text along the language fallback chain: the reader's language, else the first
 * language of its chain (src/i18n/locales.ts) that has the text. One helper for contact cards,
 * municipality teams, figures and the islands.
 */
import { defaultLocale, fallbackChain, getLocale, type LanguageTag } from '../i18n/locales';

export type Localized = Partial<Record<string, string>>;

/** A text and the language it is written in: its locale code, language tag and direction. */
export interface Picked {
  text: string;
  /** The locale code of the text's language. */
  code: string;
  /** Its language tag, for a `lang` attribute, so screen readers pronounce it right. */
  lang: LanguageTag;
  dir: 'ltr' | 'rtl';
}

const inLocale = (text: string, code: string): Picked => {
  const l = getLocale(code);
  return { text, code: l.code, lang: l.lang, dir: l.dir };
};

/**
 * The text in the reader's language, or the first language of its fallback chain that has it.
 * A plain string is Dutch (service names). Languages in `skip` (outdated translations) are passed
 * over.
 *
 * @example pick({ nl: 'Gratis', en: 'Free' }, 'tr') // { text: 'Free', code: 'en', lang: 'en', dir: 'ltr' }
 */
export function pick(text: string | Localized, locale: string, skip: readonly string[] = []): Picked {
  if (typeof text === 'string') return inLocale(text, defaultLocale);
  for (const code of fallbackChain(locale)) {
    // An outdated translation (the Dutch changed since) is passed over: never an old fact.
    if (skip.includes(code)) continue;
    const value = text[code];
    if (value) return inLocale(value, code);
  }
  return inLocale('', defaultLocale);
}
