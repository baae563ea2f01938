/**
 * Checks of the content folder that need no page text: language folders, file names and the UI
 * strings. They run before every build (src/integrations/content-guard.ts) so that a mistake
 * stops it at once, with every mistake listed; the frontmatter of each page is read and checked
 * by Astro's content collections (src/content.config.ts) and src/lib/site-checks.ts.
 * Pure Node: no Astro runtime, so it also runs in Vitest.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultLocale, getLocale, isLocale, localeCodes } from '../i18n/locales';
import { pluralKeys, uiKeys, uiKeyList } from '../i18n/ui-schema';
import { didYouMean } from '../lib/edit-distance';
import { pluralCategories } from '../i18n/text';

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Language folders and file names under content/pages. */
export function checkPageFiles(contentDir: string): string[] {
  const errors: string[] = [];
  const pagesDir = join(contentDir, 'pages');
  const rel = (p: string) => `content/${relative(contentDir, p).split('\\').join('/')}`;
  for (const locale of listDir(pagesDir)) {
    const dir = join(pagesDir, locale);
    if (!statSync(dir).isDirectory()) continue;
    if (!isLocale(locale)) {
      errors.push(
        `${rel(dir)}: "${locale}" is not a language of this site${didYouMean(locale, localeCodes)}. ` +
          `Languages are declared in src/i18n/locales.ts: ${localeCodes.join(', ')}.`,
      );
      continue;
    }
    for (const name of listDir(dir)) {
      const file = join(dir, name);
      if (!name.endsWith('.mdx')) {
        errors.push(`${rel(file)}: only .mdx pages belong in this folder.`);
        continue;
      }
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name.slice(0, -4))) {
        errors.push(`${rel(file)}: the file name is the web address; use lowercase a-z, 0-9 and hyphens only.`);
      }
    }
  }
  return errors;
}

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const textsOf = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : v && typeof v === 'object'
      ? Object.values(v).filter((x): x is string => typeof x === 'string')
      : [];

/**
 * Every UI key in every language, non-empty, with the Dutch {placeholders}; a key declared
 * plural gives every plural form its language needs (Intl.PluralRules).
 */
export function checkUiStrings(contentDir: string): string[] {
  const errors: string[] = [];
  const uiDir = join(contentDir, 'ui');
  for (const name of listDir(uiDir)) {
    const code = name.replace(/\.json$/, '');
    if (name.endsWith('.json') && !isLocale(code)) {
      errors.push(`content/ui/${name}: "${code}" is not a language of this site${didYouMean(code, localeCodes)}.`);
    }
  }
  let source: Record<string, unknown> = {};
  for (const code of [defaultLocale, ...localeCodes.filter((c) => c !== defaultLocale)]) {
    const file = join(uiDir, `${code}.json`);
    const label = `content/ui/${code}.json`;
    if (!existsSync(file)) {
      errors.push(`${label}: the file is missing; every language needs its UI strings.`);
      continue;
    }
    let strings: Record<string, unknown>;
    try {
      strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      errors.push(`${label}: not valid JSON: ${(e as Error).message}`);
      continue;
    }
    if (code === defaultLocale) source = strings;
    const needed = pluralCategories(getLocale(code).lang);
    for (const key of uiKeyList) {
      const value = strings[key];
      if (pluralKeys.has(key)) {
        const forms = value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
        const missing = needed.filter((c) => typeof forms?.[c] !== 'string' || (forms[c] as string).trim() === '');
        if (!forms || missing.length > 0) {
          errors.push(
            `${label}: the UI string "${key}" needs a text for each plural form of this language: ${needed.join(', ')}` +
              (forms ? ` (missing: ${missing.join(', ')})` : ' (write it as { "one": "…", "other": "…" })'),
          );
          continue;
        }
      } else if (typeof value !== 'string' || value.trim() === '') {
        errors.push(`${label}: the UI string "${key}" is missing (${uiKeys[key]})`);
        continue;
      }
      const want = textsOf(source[key]).map(placeholders);
      const wanted = [...new Set(want)];
      for (const text of textsOf(value)) {
        // Plural forms may leave out {count} ("one page"), never add another placeholder.
        const own = placeholders(text);
        const ok =
          wanted.length === 0 ||
          wanted.includes(own) ||
          (pluralKeys.has(key) &&
            wanted.some(
              (w) =>
                w
                  .split(',')
                  .filter((p) => p !== 'count')
                  .join(',') === own,
            ));
        if (!ok) {
          errors.push(
            `${label}: the UI string "${key}" must use the same {placeholders} as Dutch: ${wanted.join(' or ') || 'none'}.`,
          );
          break;
        }
      }
    }
    for (const key of Object.keys(strings)) {
      if (!(key in uiKeys)) {
        errors.push(
          `${label}: "${key}" is not a known UI string${didYouMean(key, uiKeyList)}. Keys are declared in src/i18n/ui-schema.ts.`,
        );
      }
    }
  }
  return errors;
}

/** Everything checkable before the build starts. */
export function checkContentFiles(contentDir: string): string[] {
  return [...checkUiStrings(contentDir), ...checkPageFiles(contentDir)];
}
