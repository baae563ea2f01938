import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

const port = Number(process.env.E2E_PORT ?? 4322);

/** Playwright runs against the built site (dist/) served on 127.0.0.1: `npm run build` first. */
export default defineConfig({
  testDir: '.',
  // Browser tests live in tests/, and beside a component that keeps its tests with it (src/components/quick-exit/).
  testMatch: ['tests/e2e/**/*.spec.ts', 'src/**/*.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores run two browsers and axe at once here: give a state change time to show before failing.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: {
    // Compressed like a CDN, so byte budgets measure what a phone downloads.
    command: `node scripts/serve.mjs --port ${port} --compress`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
