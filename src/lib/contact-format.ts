/**
 * Small pure helpers to show contact data in the reader's language. No Astro imports, so the
 * help-finder island, the audit script and the unit tests can use them too.
 */
import { fallbackChain, getLocale } from '../i18n/locales';

export type Localized = Partial<Record<string, string>>;

/**
 * The text in the reader's language, or the first language of its fallback chain
 * (src/i18n/locales.ts) that has it. `lang` is that language's code, so a fallback text can carry
 * its own `lang` attribute and screen readers pronounce it right.
 *
 * @example pick({ nl: 'Gratis', en: 'Free' }, 'tr') // { text: 'Free', lang: 'en' }
 */
export function pick(text: string | Localized, locale: string): { text: string; lang: string } {
  if (typeof text === 'string') return { text, lang: 'nl' };
  for (const code of fallbackChain(locale)) {
    const value = text[code];
    if (value) return { text: value, lang: getLocale(code).lang };
  }
  const [code, value] = Object.entries(text).find(([, v]) => v) ?? ['nl', ''];
  return { text: value ?? '', lang: code };
}

/** "https://www.veiligthuis.nl/" -> "veiligthuis.nl"; keeps a path: "middendelfland.nl/jeugdhulp". */
export function siteLabel(url: string): string {
  const match = /^https?:\/\/(?:www\.)?([^/?#]+)([^?#]*)/.exec(url);
  if (!match) return url;
  const path = match[2]!.replace(/\/$/, '');
  return match[1]! + path;
}

/** A date "2026-11-24" in the reader's language ("24 november 2026"); "2021" and "2021-02" stay short. */
export function formatDate(iso: string, locale: string): string {
  const lang = getLocale(locale).lang;
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** Whole months between a verification date and `today` (both "YYYY-MM-DD"). */
export function monthsBetween(from: string, today: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
