/** The local server (npm start, the browser tests, the bench) holds under bad requests. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { distDir } from '../support/dist';

let server: ChildProcess;
const port = 4400 + Math.floor(Math.random() * 500);

function fetchRaw(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? 'x' : undefined);
  });
}

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', distDir], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      await fetchRaw('/');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error('the server did not start');
});
afterAll(() => {
  server.kill();
});

describe('scripts/serve.mjs', () => {
  it('answers a malformed address with 400 and keeps running', async () => {
    expect((await fetchRaw('/%E0%A4%A')).status).toBe(400);
    expect((await fetchRaw('/')).status).toBe(200);
  });
  it("does not serve the host's own files", async () => {
    for (const path of ['/_headers', '/_redirects', '/_csp.nginx.conf', '/_locales.nginx.conf']) expect((await fetchRaw(path)).status, path).toBe(404);
  });
  it('answers a method other than GET or HEAD with 405 and Allow', async () => {
    const response = await fetchRaw('/', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers['allow']).toBe('GET, HEAD');
    expect((await fetchRaw('/', 'HEAD')).status).toBe(200);
  });
  it("answers an unknown address with that language's page-not-found page and 404", async () => {
    expect((await fetchRaw('/bestaat-niet/')).status).toBe(404);
    expect((await fetchRaw('/ar/does-not-exist/')).status).toBe(404);
  });
});
