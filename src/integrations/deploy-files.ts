import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { nginxLocations, redirectsFile } from '../lib/deploy-rules';

/** After the build: dist/_redirects (Netlify) and dist/_locales.nginx.conf (deploy/nginx.conf). */
export function deployFiles(): AstroIntegration {
  return {
    name: 'deploy-files',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        await writeFile(join(root, '_redirects'), redirectsFile(localeCodes, defaultLocale));
        await writeFile(join(root, '_locales.nginx.conf'), nginxLocations(localeCodes, defaultLocale));
      },
    },
  };
}
