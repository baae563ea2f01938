/**
 * How every tool of this project starts Chromium: Debian's Chromium when it is there (this
 * project's CI), else Playwright's own browser (`npx playwright install chromium` on a developer
 * machine). The flags keep Chromium from reaching out to the network, which does not exist here
 * and must not be contacted anyway. Shared by the tests (tests/support/browser.ts) and the bench.
 */
import { existsSync } from 'node:fs';

export function chromiumLaunchOptions() {
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
