import { test, expect } from '@playwright/test';

/** The local server (npm start, the tests, the bench) holds under bad requests. */
test('a malformed address gets 400 and the server keeps running', async ({ request }) => {
  const bad = await request.get('/%E0%A4%A');
  expect(bad.status()).toBe(400);
  expect((await request.get('/')).status()).toBe(200);
});

test("the host's own files are not served", async ({ request }) => {
  for (const path of ['/_headers', '/_redirects', '/_csp.nginx.conf', '/_locales.nginx.conf']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('a method other than GET or HEAD gets 405 with Allow', async ({ request }) => {
  const response = await request.fetch('/', { method: 'POST', data: 'x' });
  expect(response.status()).toBe(405);
  expect(response.headers()['allow']).toBe('GET, HEAD');
  expect((await request.head('/')).status()).toBe(200);
});
