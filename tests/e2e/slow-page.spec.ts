import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * On a slow network a page arrives in parts, and an island's scripts (announced in the head, or
 * in the browser's cache) can run before the rest of the page is there. The help finder and the
 * self-check read their data from that rest (the place list, the static questions): they must
 * wait for it, never work from half. Here a small proxy holds the page back at a chosen point
 * until the island has started, then sends the rest.
 */

interface Held {
  origin: string;
  release: () => void;
  close: () => Promise<void>;
}

/** A proxy in front of the test server that sends `path` up to `cut(html)` and the rest on release. */
async function holdPage(upstream: string, path: string, cut: (html: string) => number): Promise<Held> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server: Server = createServer(async (req, res) => {
    const answer = await fetch(new URL(req.url ?? '/', upstream));
    const body = Buffer.from(await answer.arrayBuffer());
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
    if (req.url !== path) {
      res.end(body);
      return;
    }
    const html = body.toString('utf8');
    const at = cut(html);
    expect(at, 'the cut point is in the page').toBeGreaterThan(0);
    res.write(html.slice(0, at));
    await released;
    res.end(html.slice(at));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    release,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Opens the held page and waits until its island has started (Astro drops `ssr` when it has). */
async function openHeld(page: Page, held: Held, path: string) {
  await page.goto(held.origin + path, { waitUntil: 'commit' });
  await expect(page.locator('astro-island:not([ssr])')).toBeAttached();
  held.release();
  await page.waitForLoadState('load');
}

test('the help finder knows every place when its script runs before the place list has arrived', async ({ page, baseURL }) => {
  const path = '/hulp-in-je-gemeente/';
  const end = '</astro-island>';
  const held = await holdPage(baseURL!, path, (html) => html.indexOf(end) + end.length);
  try {
    await openHeld(page, held, path);
    const input = page.getByRole('combobox');
    await input.fill('Naaldwijk');
    await input.press('Enter');
    await expect(page.locator('[data-municipality="westland"]')).toBeVisible();
  } finally {
    await held.close();
  }
});

test('the self-check has all its questions when its script runs before they have all arrived', async ({ page, baseURL }) => {
  const path = '/check-thuis/';
  // Cut after the first question of the page's own list: half a list must never become the check.
  const held = await holdPage(baseURL!, path, (html) => {
    const first = html.indexOf('data-question-id=', html.indexOf('data-self-check-static'));
    return html.indexOf('</li>', first) + '</li>'.length;
  });
  try {
    await openHeld(page, held, path);
    await page.locator('.sc--enhanced [data-next]').click();
    await expect(page.locator('.sc--enhanced .sc-count')).toHaveText('Vraag 1 van 16');
  } finally {
    await held.close();
  }
});
