import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium when it is there (this project's CI), else Playwright's own browser
 * (`npx playwright install chromium` on a developer machine). The flags keep Chromium from
 * reaching out to the network, which does not exist here and must not be contacted anyway.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  return existsSync(path) ? { executablePath: path, args } : { args };
}
