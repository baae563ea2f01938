/**
 * Reading content/ in tests, the way the build does: frontmatter through the page schema, data
 * files through theirs. Test-only: the build itself reads through Astro's content collections.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { pageSchema } from '../../src/schemas/page';
import { municipalitySchema, type MunicipalityData } from '../../src/schemas/municipality';
import { describeIssues } from '../../src/schemas/errors';
import { checkContentFiles } from '../../src/integrations/content-checks';
import { checkPages, type PageRecord, type SiteReport } from '../../src/lib/site-checks';
import { generatedKinds } from '../../src/data/generated-pages';

/** The content folder; `CONTENT_DIR` points the tests at another one (a fixture). */
export const contentDir = process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content/', import.meta.url));

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Every page file under <dir>/pages with its parsed frontmatter, and the schema problems found. */
export function readPages(dir = contentDir): { records: PageRecord[]; errors: string[] } {
  const records: PageRecord[] = [];
  const errors: string[] = [];
  const pagesDir = join(dir, 'pages');
  if (!existsSync(pagesDir)) return { records, errors };
  for (const locale of readdirSync(pagesDir).sort()) {
    if (!statSync(join(pagesDir, locale)).isDirectory()) continue;
    for (const name of readdirSync(join(pagesDir, locale)).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const file = `content/pages/${locale}/${name}`;
      const match = FRONTMATTER.exec(readFileSync(join(pagesDir, locale, name), 'utf8'));
      if (!match) {
        errors.push(`${file}: the page has no frontmatter (the block between two --- lines at the top).`);
        continue;
      }
      const data = (parse(match[1]!) ?? {}) as Record<string, unknown>;
      const result = pageSchema.safeParse(data);
      if (!result.success) {
        errors.push(...describeIssues(result.error, data, file));
        continue;
      }
      records.push({ file, locale, slug: name.slice(0, -4), data: result.data });
    }
  }
  return { records, errors };
}

/** Every check the build runs on a content folder: files and UI strings, frontmatter, the whole site. */
export function checkContent(dir = contentDir, generatedIds: string[] = []): SiteReport {
  const files = checkContentFiles(dir);
  const { records, errors } = readPages(dir);
  const site = checkPages(records, generatedIds);
  return { errors: [...files, ...errors, ...site.errors], pages: site.pages };
}

/** The municipality files, parsed by their schema, by slug. */
export function readMunicipalities(dir = contentDir): Record<string, MunicipalityData> {
  const folder = join(dir, 'municipalities');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), municipalitySchema.parse(parse(readFileSync(join(folder, f), 'utf8')))]),
  );
}

/** Ids of the municipality pages made from the municipality files (src/data/generated-pages.ts). */
export function generatedIds(dir = contentDir): string[] {
  return Object.keys(readMunicipalities(dir)).map((slug) => generatedKinds.municipality.id(slug));
}
