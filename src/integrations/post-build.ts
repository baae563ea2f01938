import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type * as Esbuild from 'esbuild';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { buildPolicy, headerPolicy, mergeHashes, type InlineHashes } from '../lib/csp';
import { nginxLocations, redirectsFile } from '../lib/deploy-rules';
import { PLACEHOLDER_SITE } from '../lib/qr';
import { parseHtml, serializeHtml, type Doc } from '../lib/post-build/html-doc';
import { afterIndex, beforeIndex, type PageContext } from '../lib/post-build/steps';
import { privacyController, publisher } from '../data/settings';

/**
 * Everything that happens after Astro has written the pages, in one place and in one order:
 * 1. each page is parsed once (parse5, as a browser parses it) and the steps of
 *    src/lib/post-build/steps.ts run over its tree: styles into the head, bidi isolation,
 *    island module preloads;
 * 2. the search index (Pagefind) reads the searchable pages from memory;
 * 3. the search page gets the index's file names, every page its CSP meta tag with its hashes;
 * 4. each page is written once; then the site-wide files: the CSP for the server headers
 *    (dist/_headers, dist/_csp.nginx.conf) and each language's 404 rule (dist/_redirects,
 *    dist/_locales.nginx.conf).
 * Before the build it warns about settings a public site must not go without.
 */
export function postBuild(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      // At build start, not at config time: tools that only load the config (type check, Vitest)
      // build nothing to warn about.
      'astro:build:start': ({ logger }) => {
        if (!site || site.startsWith(PLACEHOLDER_SITE)) {
          logger.warn(
            `SITE_URL is not set: canonical links, sitemap.xml and the QR codes on the posters, wallet cards and printed lessons point to the placeholder ${PLACEHOLDER_SITE}. Set SITE_URL to the public address before printing or deploying.`,
          );
        }
        // Who made and runs the site is a decision, not something the site may assume.
        const unset = [!publisher && 'publisher', !privacyController && 'privacyController'].filter(Boolean);
        if (unset.length > 0) {
          logger.warn(
            `${unset.join(' and ')} not set in content/settings.json: the footer, about and privacy pages say neutrally that this is not decided yet. Set ${unset.length > 1 ? 'them' : 'it'} before publishing.`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = Date.now();
        const modules = new Map<string, string | undefined>();
        const readModule = (path: string) => {
          if (!modules.has(path)) {
            const file = join(root, path);
            modules.set(path, path.startsWith('/') && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
          }
          return modules.get(path);
        };
        let wasm: Record<string, string> = {};
        const pages: { file: string; doc: Doc; context: PageContext }[] = [];
        for (const file of await htmlFiles(root)) {
          const path = `/${relative(root, file).split('\\').join('/')}`.replace(/index\.html$/, '');
          const context: PageContext = { path, readModule, searchWasm: (lang) => wasm[lang.split('-')[0]!] ?? 'unknown' };
          pages.push({ file, doc: parseHtml(await readFile(file, 'utf8')), context });
        }
        for (const page of pages) for (const step of beforeIndex) step.run(page.doc, page.context);

        wasm = await searchIndex(
          root,
          pages.map((p) => ({ url: p.context.path, doc: p.doc })),
          logger,
        );

        const policyFor = (hashes: InlineHashes) => buildPolicy(hashes);
        for (const page of pages) {
          for (const step of afterIndex(policyFor)) step.run(page.doc, page.context);
          await writeFile(page.file, serializeHtml(page.doc));
        }

        const all = mergeHashes(pages.map((p) => p.context.hashes ?? { scripts: [], styles: [] }));
        const policy = headerPolicy();
        const headersFile = join(root, '_headers');
        const headers = await readFile(headersFile, 'utf8').catch(() => '');
        await writeFile(headersFile, headers.replaceAll('__CSP__', policy));
        await writeFile(
          join(root, '_csp.nginx.conf'),
          `# Generated at build time (src/lib/csp.ts headerPolicy); each page carries its own policy with its hashes.\nadd_header Content-Security-Policy "${policy}" always;\n`,
        );
        await writeFile(join(root, '_redirects'), redirectsFile(localeCodes, defaultLocale));
        await writeFile(join(root, '_locales.nginx.conf'), nginxLocations(localeCodes, defaultLocale));
        logger.info(
          `${pages.length} pages parsed once, changed and written once in ${Date.now() - started} ms (${all.scripts.length} inline script hashes)`,
        );
      },
    },
  };
}

/** Every HTML file of the built site (the search engine's own files are not pages). */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith('pagefind'))
    .sort();
}

/**
 * The Pagefind search index in dist/pagefind/, from the pages in memory. What enters it is
 * decided in the HTML (src/layouts/Base.astro): only `<main data-pagefind-body>` of searchable
 * pages, never a fallback page (Pagefind splits its indexes by `<html lang>`, so a fallback page
 * would put English text into, say, the Turkish index); inside main, `data-pagefind-ignore` blocks
 * stay out, and so do visually hidden helper words ("Let op:"). Returns the WebAssembly file name
 * per language.
 */
async function searchIndex(
  root: string,
  pages: { url: string; doc: Doc }[],
  logger: AstroIntegrationLogger,
): Promise<Record<string, string>> {
  // Smaller index chunks (default 20000 word positions): a query fetches only the chunks of its
  // words, so the first query stays small. Pagefind's own (unstable) setting; if it ever goes,
  // the search engine budget test fails and says so.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '5000';
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.visually-hidden'] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let count = 0;
    for (const page of pages) {
      const html = serializeHtml(page.doc);
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: page.url, content: html });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
      count++;
    }
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    await minifyScript(join(root, 'pagefind', 'pagefind.js'), logger);
    logger.info(`search index: ${count} pages in dist/pagefind/`);
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(await readFile(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string | null }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.wasm ?? 'unknown']));
}

/**
 * Pagefind ships its browser script unminified (47 KB). The first search downloads it, so minify
 * it with esbuild, which Astro's build tool already installs. If esbuild is not there, the script
 * stays as it is.
 */
async function minifyScript(file: string, logger: AstroIntegrationLogger) {
  let esbuild: typeof Esbuild;
  try {
    // require, not import(): Astro's config module runner is closed by the time build:done runs.
    esbuild = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
  } catch (error) {
    logger.warn(`esbuild not found: pagefind.js is not minified (${String(error)})`);
    return;
  }
  const source = await readFile(file, 'utf8');
  const { code } = await esbuild.transform(source, { minify: true, format: 'esm', target: 'es2022' });
  await writeFile(file, code);
}
