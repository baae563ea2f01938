import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolateLtrInHtml } from '../lib/bidi';

/**
 * After the build: on every right-to-left page (Arabic), each left-to-right run in the text
 * (phone numbers, postcodes, year ranges, Latin names with punctuation) is wrapped in
 * `<bdi dir="ltr">`, so 0800-2000 never reads as 2000-0800 (src/lib/bidi.ts explains why).
 * One step over the final HTML covers every source of text: pages, UI strings, contact cards,
 * the self-check. What islands render in the browser uses the same rule (src/islands/bidi.tsx).
 */
export function bidiIsolate(): AstroIntegration {
  return {
    name: 'bidi-isolate',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        let pages = 0;
        for (const e of entries) {
          if (!e.isFile() || !e.name.endsWith('.html')) continue;
          const file = join(e.parentPath, e.name);
          const html = await readFile(file, 'utf8');
          if (!/<html[^>]*\sdir="rtl"/.test(html)) continue;
          await writeFile(file, isolateLtrInHtml(html));
          pages++;
        }
        logger.info(`left-to-right runs isolated on ${pages} right-to-left pages`);
      },
    },
  };
}
