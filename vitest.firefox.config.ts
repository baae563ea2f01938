/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/** The Firefox journeys (tests/firefox/), run by `npm test` after the build: they need dist/. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
