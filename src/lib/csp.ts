/**
 * Content Security Policy for a static site: no 'unsafe-inline' for scripts. Inline scripts and
 * styles are allowed by their SHA-256 hashes, computed from the built HTML, so the policy is
 * exact and changes by itself when the code does.
 */
import { createHash } from 'node:crypto';

export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function mergeHashes(all: InlineHashes[]): InlineHashes {
  return {
    scripts: [...new Set(all.flatMap((h) => h.scripts))].sort(),
    styles: [...new Set(all.flatMap((h) => h.styles))].sort(),
  };
}

/**
 * The policy of one page, in its meta tag: every script and style allowed by its hash, never
 * 'unsafe-inline'. 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run; it does not allow eval().
 */
export function buildPolicy(hashes: InlineHashes): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes.scripts].join(' '),
    ["style-src 'self'", ...hashes.styles].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}

/**
 * The policy the server sends with every response, beside each page's own meta policy: what only a
 * header can say (no framing) and the rules that hold for every page. The hashes of inline scripts
 * and styles stay in each page's meta tag, which the browser enforces together with this header:
 * sent with every request, the whole site's hashes cost about a kilobyte each time (a phone's first
 * round trip is 14 KB).
 */
export function headerPolicy(): string {
  return [
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}
