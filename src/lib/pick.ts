/**
 * Picking a text along the language fallback chain: the reader's language, else the first
 * language of its chain (src/i18n/locales.ts) that has the text. One helper for contact cards,
 * municipality teams, figures and the islands.
 */
import { fallbackChain, getLocale } from '../i18n/locales';

export type Localized = Partial<Record<string, string>>;

/**
 * The text in the reader's language, or the first language of its fallback chain that has it.
 * `lang` is that language's tag, so a fallback text can carry its own `lang` attribute and
 * screen readers pronounce it right. A plain string is Dutch (service names). Languages in `skip`
 * (outdated translations) are passed over.
 *
 * @example pick({ nl: 'Gratis', en: 'Free' }, 'tr') // { text: 'Free', lang: 'en' }
 */
export function pick(text: string | Localized, locale: string, skip: readonly string[] = []): { text: string; lang: string } {
  if (typeof text === 'string') return { text, lang: 'nl' };
  for (const code of fallbackChain(locale)) {
    // An outdated translation (the Dutch changed since) is passed over: never an old fact.
    if (skip.includes(code)) continue;
    const value = text[code];
    if (value) return { text: value, lang: getLocale(code).lang };
  }
  const [code, value] = Object.entries(text).find(([, v]) => v) ?? ['nl', ''];
  return { text: value ?? '', lang: code };
}
