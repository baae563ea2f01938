import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-validation';

/**
 * Stops the build (and the dev server) before anything renders when the content has a
 * mistake, and lists every mistake at once so an editor can fix them in one go.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const contentDir = fileURLToPath(new URL('./content/', config.root));
        const { errors, pages } = checkContent(contentDir);
        if (errors.length > 0) {
          throw new Error(
            `The content has ${errors.length} mistake${errors.length === 1 ? '' : 's'}:\n  - ${errors.join('\n  - ')}\n`,
          );
        }
        logger.info(`content checked: ${pages.length} pages`);
      },
    },
  };
}
