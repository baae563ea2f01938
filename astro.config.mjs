// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { locales, defaultLocale } from './src/i18n/locales.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { readAloudStrings } from './src/integrations/read-aloud-strings.ts';

// The public address of the site, for canonical links, sitemap.xml and the QR codes on posters.
// Set SITE_URL when deploying; the default is a placeholder that is never contacted.
const site = process.env.SITE_URL ?? 'https://huiselijkgeweld-haaglanden.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Inline the CSS: the first paint then needs one round trip less on a slow phone network.
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: {
    // Scripts built on their own (the read-aloud reader) are ES modules a page can import, with
    // their texts in every language (src/integrations/read-aloud-strings.ts).
    worker: { format: 'es', plugins: () => [readAloudStrings()] },
    build: {
      rolldownOptions: {
        // MDX pages compile to modules with Astro's "use astro:head-inject" directive; the bundler
        // warns once per page that it may not keep it (it does not need to). Known and harmless.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
        output: {
          // Preact and Astro's Preact renderer in one file: an island page then makes two script
          // requests (this and the island) instead of five, on a network where each costs a round trip.
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/ },
              // The small helpers every island shares, in one file: a chunk of its own each would
              // cost a request (and about 1.4 KB of headers) for a few hundred bytes of code.
              { name: 'shared', test: /src[\\/](i18n[\\/]text|islands[\\/]parsed|islands[\\/]bidi|lib[\\/]bidi)\.tsx?$/ },
            ],
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
    // After the build: every page parsed once, changed by steps in a fixed order, written once;
    // the search index and the deployment files (src/integrations/post-build.ts).
    postBuild(),
  ],
});
