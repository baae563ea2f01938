/**
 * Whole-site content checks that a schema per file cannot do, with messages an editor
 * understands: each names the file, the field and what is wrong. Runs before every build
 * (src/integrations/content-guard.ts) and in the unit tests on fixture folders.
 * Pure Node: no Astro runtime, so it also runs in Vitest.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultLocale, isLocale, localeCodes } from '../i18n/locales';
import { uiKeys, uiKeyList } from '../i18n/ui-schema';
import { pageSchema } from '../schemas/page';
import { pageIds, suggest } from './page-ids';
import type { PageFile } from '../i18n/routing';

export interface ContentReport {
  errors: string[];
  pages: PageFile[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function didYouMean(value: unknown, known: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const hint = suggest(value, known);
  return hint ? ` (did you mean "${hint}"?)` : '';
}

/** Turns a zod issue into "field: what is wrong" for an editor. */
function describeIssue(
  issue: { path: PropertyKey[]; message: string; code?: string },
  data: Record<string, unknown>,
): string {
  const field = issue.path.map(String).join('.') || '(frontmatter)';
  let value: unknown = data;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  if (value === undefined && issue.path.length > 0) return `field "${field}" is missing`;
  const shown = typeof value === 'string' ? ` "${value}"` : '';
  const isIdField = issue.path[0] === 'id' || issue.path[0] === 'next';
  return `${field}${shown} ${issue.message}${isIdField ? didYouMean(value, pageIds) : ''}`;
}

export function checkPages(contentDir: string): ContentReport {
  const errors: string[] = [];
  const pages: PageFile[] = [];
  const pagesDir = join(contentDir, 'pages');
  // Editors know the folder as content/, wherever the checkout is.
  const rel = (p: string) => `content/${relative(contentDir, p)}`;
  const seen = new Map<string, string>(); // locale:id -> file

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
      const slug = name.slice(0, -4);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
        errors.push(`${rel(file)}: the file name is the web address; use lowercase a-z, 0-9 and hyphens only.`);
      }
      const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
      if (!match) {
        errors.push(`${rel(file)}: the page has no frontmatter (the block between two --- lines at the top).`);
        continue;
      }
      let data: Record<string, unknown>;
      try {
        data = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
      } catch (e) {
        errors.push(`${rel(file)}: the frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
        continue;
      }
      const result = pageSchema.safeParse(data);
      if (!result.success) {
        for (const issue of result.error.issues) errors.push(`${rel(file)}: ${describeIssue(issue, data)}`);
        continue;
      }
      const page = result.data;
      if (locale === defaultLocale && page.translatedFrom) {
        errors.push(`${rel(file)}: translatedFrom is only for translations; Dutch pages are the source.`);
      }
      if (locale !== defaultLocale && !page.translatedFrom) {
        errors.push(
          `${rel(file)}: field "translatedFrom" is missing: a translation records the "reviewed" date of the Dutch page it was made from.`,
        );
      }
      const key = `${locale}:${page.id}`;
      if (seen.has(key)) {
        errors.push(`${rel(file)}: id "${page.id}" is already used by ${seen.get(key)} in the same language.`);
        continue;
      }
      seen.set(key, rel(file));
      pages.push({ locale, slug, id: page.id });
    }
  }

  const dutchIds = new Set(pages.filter((p) => p.locale === defaultLocale).map((p) => p.id));
  for (const p of pages) {
    if (p.locale !== defaultLocale && !dutchIds.has(p.id)) {
      errors.push(
        `content/pages/${p.locale}/${p.slug}.mdx: id "${p.id}" has no Dutch page. Write content/pages/${defaultLocale}/… with this id first; every translation is made from a Dutch page.`,
      );
    }
  }
  const slugs = new Map<string, string>();
  for (const p of pages) {
    const key = `${p.locale}/${p.slug}`;
    if (slugs.has(key)) errors.push(`content/pages/${key}.mdx: two pages have the same web address.`);
    slugs.set(key, p.id);
  }
  return { errors, pages };
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

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
  for (const code of localeCodes) {
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
    for (const key of uiKeyList) {
      const value = strings[key];
      if (typeof value !== 'string' || value.trim() === '') {
        errors.push(`${label}: the UI string "${key}" is missing (${uiKeys[key]})`);
      } else if (typeof source[key] === 'string' && placeholders(value) !== placeholders(source[key] as string)) {
        errors.push(
          `${label}: the UI string "${key}" must use the same {placeholders} as Dutch: ${placeholders(source[key] as string) || 'none'}.`,
        );
      }
    }
    for (const key of Object.keys(strings)) {
      if (!(key in uiKeys)) {
        errors.push(`${label}: "${key}" is not a known UI string${didYouMean(key, uiKeyList)}. Keys are declared in src/i18n/ui-schema.ts.`);
      }
    }
  }
  return errors;
}

export function checkContent(contentDir: string): ContentReport {
  const pages = checkPages(contentDir);
  return { errors: [...checkUiStrings(contentDir), ...pages.errors], pages: pages.pages };
}
