import type { UiKey } from '../i18n/ui-schema';
import { defaultLocale, getLocale } from '../i18n/locales';
import { translator, type UiValue, type Vars } from '../i18n/text';

type Strings = Record<string, UiValue>;

// Vite bundles every UI-string file at build time; the content guard has already checked that
// each one has every key (and every plural form its language needs), so a lookup cannot miss.
const files = import.meta.glob<Strings>('../../content/ui/*.json', { eager: true, import: 'default' });

const byLocale: Record<string, Strings> = Object.fromEntries(
  Object.entries(files).map(([path, strings]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), strings]),
);

export type Translate = (key: UiKey, vars?: Vars) => string;

/** The UI strings of a language as a function; a `count` variable picks the plural form. */
export function useTranslations(locale: string): Translate {
  const strings = byLocale[locale] ?? byLocale[defaultLocale]!;
  return translator(strings, getLocale(locale).lang, byLocale[defaultLocale]) as Translate;
}

/** All strings of one locale with a given prefix, for islands that receive them as props. */
export function stringsWithPrefix(locale: string, prefix: string): Record<string, UiValue> {
  const strings = byLocale[locale] ?? byLocale[defaultLocale]!;
  return Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith(prefix)));
}
