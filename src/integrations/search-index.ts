import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * After the build: the Pagefind search index in dist/pagefind/, so `npm run build` alone gives a
 * searchable site.
 *
 * What enters the index is decided in the HTML, not here:
 * - only `<main data-pagefind-body>` of pages that are searchable (Base.astro). Fallback pages
 *   (a page shown in another language because it is not translated yet) carry no
 *   data-pagefind-body, so they stay out: Pagefind splits its indexes by `<html lang>`, and a
 *   fallback page would put English or Dutch text into, say, the Turkish index. Results are
 *   therefore always pages written in the reader's language.
 * - inside main, `data-pagefind-ignore` blocks (page end, the search box, the sitemap list).
 * `excludeSelectors` adds the visually hidden helper texts ("Let op:" before a danger box):
 * words a screen reader needs, but that no one searches for.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Smaller index chunks (default 20000 word positions, about 30 KB per language today): a
        // query fetches only the chunks of its words, so the first query stays under 100 KB.
        // The variable is Pagefind's own (unstable) setting; if it ever goes, the byte test in
        // tests/e2e/search.spec.ts fails and says so.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '5000';
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.visually-hidden'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: root });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          await minifyScript(join(root, 'pagefind', 'pagefind.js'), logger);
          await writeWasmNames(root);
          logger.info(`Search index: ${added.page_count} pages in dist/pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * The search pages preload Pagefind's WASM for their language. Pagefind names the file after the
 * language's stemmer, or "unknown" when it has none (Ukrainian): write the real name into each
 * search page (data-pagefind-wasm), so no page asks for a file that does not exist.
 */
async function writeWasmNames(root: string) {
  const entry = JSON.parse(await readFile(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string | null }>;
  };
  const files = (await readdir(root, { withFileTypes: true, recursive: true }))
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name));
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-wasm=""')) continue;
    const lang = /<html[^>]* lang="([^"]+)"/.exec(html)?.[1]?.split('-')[0] ?? 'unknown';
    const wasm = entry.languages[lang]?.wasm ?? 'unknown';
    // The page also asks for Pagefind's script and WASM itself, with the island's scripts: a
    // reader on the search page came to search, and these are on the way to the first result.
    const preloads =
      `<link rel="modulepreload" href="/pagefind/pagefind.js">` +
      `<link rel="preload" href="/pagefind/wasm.${wasm}.pagefind" as="fetch" crossorigin="anonymous">`;
    await writeFile(
      file,
      html.replace('data-pagefind-wasm=""', `data-pagefind-wasm="${wasm}"`).replace('</head>', `${preloads}</head>`),
    );
  }
}

/**
 * Pagefind ships its browser script unminified (47 KB). The first search downloads it, so it
 * counts against the 100 KB budget of a first query: minify it with esbuild, which Astro's
 * build tool already installs. If esbuild is not there, the script stays as it is.
 */
async function minifyScript(file: string, logger: { info(m: string): void; warn(m: string): void }) {
  let esbuild: typeof import('esbuild');
  try {
    // require, not import(): Astro's config module runner is closed by the time build:done runs.
    esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  } catch (error) {
    logger.warn(`esbuild not found: pagefind.js is not minified (${String(error)})`);
    return;
  }
  const source = await readFile(file, 'utf8');
  const { code } = await esbuild.transform(source, { minify: true, format: 'esm', target: 'es2022' });
  await writeFile(file, code);
  logger.info(`pagefind.js minified: ${source.length} -> ${code.length} bytes`);
}
