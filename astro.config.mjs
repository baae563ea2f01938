// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { locales, defaultLocale } from './src/i18n/locales.ts';
import { buildRoutes, RouteTable } from './src/i18n/routing.ts';
import { checkPages } from './src/lib/content-validation.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// The public address of the site, for canonical links and sitemap.xml. Set SITE_URL when
// deploying; the default is a placeholder that is never contacted.
const site = process.env.SITE_URL ?? 'https://huiselijkgeweld-haaglanden.example';

const routes = new RouteTable(
  buildRoutes(checkPages(fileURLToPath(new URL('./content/', import.meta.url))).pages),
);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Inline the CSS: the first paint then needs one round trip less on a slow phone network.
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Preact and Astro's Preact renderer in one file: an island page then makes two script
          // requests (this and the island) instead of five, on a network where each costs a round trip.
          codeSplitting: {
            groups: [{ name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/ }],
          },
        },
      },
    },
  },
  i18n: {
    locales: locales.map((l) => l.code),
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentGuard(),
    mdx(),
    preact(),
    sitemap({
      // Fallback pages repeat another language's text: keep them out of search engines.
      filter: (page) => {
        const path = new URL(page).pathname;
        const route = routes.routes.find((r) => r.path === path);
        return !path.includes('/404/') && (!route || !route.isFallback);
      },
      serialize: (item) => {
        const path = new URL(item.url).pathname;
        const route = routes.routes.find((r) => r.path === path);
        if (route) {
          item.links = routes.translations(route.id).map((t) => ({
            lang: locales.find((l) => l.code === t.locale)?.lang ?? t.locale,
            url: new URL(t.path, site).href,
          }));
        }
        return item;
      },
    }),
    // Last: it hashes the final HTML.
    securityHeaders(),
    // After the final HTML: Pagefind reads it into dist/pagefind/ (search feature).
    searchIndex(),
  ],
});
