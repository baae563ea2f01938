import type {} from 'vitest/config'; // the `test` options of the Vite config
import { getViteConfig } from 'astro/config';

/**
 * Three groups of tests, each run at its own moment by `npm test` (scripts/test-all.mjs):
 * - unit: pure logic and the content (before the build), beside their code in src/ or in tests/unit;
 * - dist: what needs no browser in the built site: markup contract, budgets, links, claims (after the build);
 * - firefox: the main journeys in Firefox (after the build; Puppeteer over WebDriver BiDi).
 * getViteConfig lets unit tests import modules that use Vite features (import.meta.glob).
 */
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
