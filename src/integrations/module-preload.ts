import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { htmlFiles } from './html-files';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addModulePreloads, islandEntryUrls, moduleClosure } from '../lib/module-preload';

/**
 * After the build: every page with an island lists all the scripts that island needs as
 * `<link rel="modulepreload">` (src/lib/module-preload.ts says why). Pages without islands are
 * left alone: they load no script but the quick exit, which is inline.
 */
export function modulePreload(): AstroIntegration {
  return {
    name: 'module-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = (path: string) => {
          const file = join(root, path);
          return path.startsWith('/') && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const islands = islandEntryUrls(html);
          if (islands.length === 0) continue;
          await writeFile(file, addModulePreloads(html, moduleClosure(islands, read)));
          pages++;
        }
        logger.info(`island scripts announced for preloading on ${pages} pages`);
      },
    },
  };
}
