#!/usr/bin/env node
/**
 * Serves the built site (dist/) on 127.0.0.1 the way a static host would: directory URLs,
 * each language's own 404 page, the headers from dist/_headers, and (with --compress)
 * brotli or gzip as a CDN would. Used by `npm start`, the Playwright tests and the bench.
 * Bad requests are answered, never fatal: a malformed address gets 400, a method other than
 * GET or HEAD 405 with Allow, the host's own files (_headers, nginx includes) 404.
 * Hand-written rather than a static-server library: the tests need exactly these rules
 * (per-language 404 pages, the _headers file, brotli), in about 150 lines with no dependency.
 *
 *   node scripts/serve.mjs [--port 4321] [--dir dist] [--compress]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(option('dir', fileURLToPath(new URL('../dist/', import.meta.url))));
const port = Number(option('port', process.env.PORT ?? 4321));
const compress = args.includes('--compress');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm']);

/** Headers from dist/_headers (Netlify/Cloudflare format): "/*" rules apply to every path. */
async function loadHeaders() {
  const rules = [];
  try {
    const text = await readFile(join(root, '_headers'), 'utf8');
    let current;
    for (const line of text.split('\n')) {
      if (!line.trim() || line.trim().startsWith('#')) continue;
      if (!/^\s/.test(line)) {
        current = { pattern: line.trim(), headers: [] };
        rules.push(current);
      } else if (current) {
        const i = line.indexOf(':');
        current.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
      }
    }
  } catch {
    /* no _headers file: serve without extra headers */
  }
  return rules;
}
const headerRules = await loadHeaders();
const matches = (pattern, path) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

/** Files in dist/ that are for the host, never for visitors (as deploy/nginx.conf answers them). */
const hostOnly = /^\/_(headers|redirects|[a-z]+\.nginx\.conf)$/;

async function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (hostOnly.test(safe)) return undefined;
  let file = join(root, safe);
  if (!file.startsWith(root)) return undefined;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

// A CDN compresses each file once; so do we (the files do not change while serving).
const cache = new Map();
function compressed(file, encoding, body) {
  const key = `${encoding}:${file}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return cache.get(key);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return;
  }
  let url;
  let file;
  try {
    url = new URL(req.url ?? '/', 'http://127.0.0.1');
    file = await resolveFile(url.pathname);
  } catch {
    // A malformed address (/%E0%A4%A): a bad request, never a crash that stops the server.
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad request');
    return;
  }
  let status = 200;
  if (file && !url.pathname.endsWith('/') && file.endsWith('index.html')) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  if (!file) {
    status = 404;
    // The nearest page-not-found page: a language's own (/en/404/) or the site's (/404.html).
    const first = url.pathname.split('/')[1];
    const own = first && join(root, first, '404', 'index.html');
    file =
      own &&
      (await stat(own).then(
        () => true,
        () => false,
      ))
        ? own
        : join(root, '404.html');
  }
  const ext = extname(file);
  let body = await readFile(file).catch(() => undefined);
  if (!body) {
    // A folder without a 404 page (the bench's empty page): a plain 404, not a crash.
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  const headers = { 'Content-Type': types[ext] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
  for (const rule of headerRules) {
    if (matches(rule.pattern, url.pathname)) for (const [k, v] of rule.headers) headers[k] = v;
  }
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (compress && compressible.has(ext)) {
    const encoding = accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : undefined;
    if (encoding) {
      body = compressed(file, encoding, body);
      headers['Content-Encoding'] = encoding;
    }
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/${compress ? ' (compressed)' : ''}`);
});
