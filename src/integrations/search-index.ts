import type { AstroIntegration } from 'astro';
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
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.visually-hidden'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: root });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${added.page_count} pages in dist/pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
