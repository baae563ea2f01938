import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { htmlFiles } from './html-files';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addMetaPolicy, buildPolicy, inlineHashes, mergeHashes } from '../lib/csp';
import { hoistBodyStyles } from '../lib/html-tidy';

/**
 * After the build: every style element in the head, a CSP meta tag on every page with that page's hashes, and the site-wide
 * policy written into the deployment headers (dist/_headers for Netlify and Cloudflare Pages,
 * dist/_csp.nginx.conf for deploy/nginx.conf), replacing the __CSP__ placeholder.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const all = [];
        for (const file of files) {
          // Styles into the head first (valid HTML), then the hashes of the final page.
          const html = hoistBodyStyles(await readFile(file, 'utf8'));
          const hashes = inlineHashes(html);
          all.push(hashes);
          await writeFile(file, addMetaPolicy(html, buildPolicy(hashes)));
        }
        const policy = buildPolicy(mergeHashes(all), { header: true });
        const headersFile = join(root, '_headers');
        const headers = await readFile(headersFile, 'utf8').catch(() => '');
        await writeFile(headersFile, headers.replaceAll('__CSP__', policy));
        await writeFile(
          join(root, '_csp.nginx.conf'),
          `# Generated at build time from the site's inline script and style hashes.\nadd_header Content-Security-Policy "${policy}" always;\n`,
        );
        logger.info(`CSP added to ${files.length} pages (${mergeHashes(all).scripts.length} inline script hashes)`);
      },
    },
  };
}
