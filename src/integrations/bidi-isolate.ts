import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { htmlFiles } from './html-files';
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
        let pages = 0;
        for (const file of await htmlFiles(root)) {
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
