import type { UiKey } from './ui-schema';
import { defaultLocale } from './locales';

type Strings = Record<UiKey, string>;

// Vite bundles every UI-string file at build time; the content guard has already checked that
// each one has every key, so a lookup here cannot miss.
const files = import.meta.glob<Strings>('../../content/ui/*.json', { eager: true, import: 'default' });

const byLocale: Record<string, Strings> = Object.fromEntries(
  Object.entries(files).map(([path, strings]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), strings]),
);

/** Fills `{name}` placeholders. Values are plain text; Astro escapes them when rendering. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

export function useTranslations(locale: string): Translate {
  const strings = byLocale[locale] ?? byLocale[defaultLocale]!;
  return (key, vars) => format(strings[key] ?? byLocale[defaultLocale]![key] ?? key, vars);
}

/** All strings of one locale with a given prefix, for islands that receive them as props. */
export function stringsWithPrefix(locale: string, prefix: string): Record<string, string> {
  const strings = byLocale[locale] ?? byLocale[defaultLocale]!;
  return Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith(prefix)));
}
