import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentFiles } from './content-checks';

/**
 * Stops the build (and the dev server) before anything renders when the content folder has a
 * mistake that needs no page text (a language folder, a file name, a UI string), and lists every
 * such mistake at once so an editor can fix them in one go.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const errors = checkContentFiles(fileURLToPath(new URL('./content/', config.root)));
        if (errors.length > 0) {
          throw new Error(
            `The content has ${errors.length} mistake${errors.length === 1 ? '' : 's'}:\n  - ${errors.join('\n  - ')}\n`,
          );
        }
        logger.info('content files and UI strings checked');
      },
    },
  };
}
