import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { nginxLocations, redirectsFile } from '../lib/deploy-rules';
import { PLACEHOLDER_SITE } from '../lib/qr';

/**
 * After the build: dist/_redirects (Netlify) and dist/_locales.nginx.conf (deploy/nginx.conf).
 * Before it: a clear warning when SITE_URL is not set, because the QR codes on the printables
 * then point to a placeholder address.
 */
export function deployFiles(): AstroIntegration {
  return {
    name: 'deploy-files',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (!config.site || config.site.startsWith(PLACEHOLDER_SITE)) {
          logger.warn(
            `SITE_URL is not set: canonical links, sitemap.xml and the QR codes on the posters, wallet cards and printed lessons point to the placeholder ${PLACEHOLDER_SITE}. Set SITE_URL to the public address before printing or deploying.`,
          );
        }
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        await writeFile(join(root, '_redirects'), redirectsFile(localeCodes, defaultLocale));
        await writeFile(join(root, '_locales.nginx.conf'), nginxLocations(localeCodes, defaultLocale));
      },
    },
  };
}
