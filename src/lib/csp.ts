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
 * The policy. `header: true` adds what only an HTTP header can carry (frame-ancestors).
 * 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run; it does not allow eval().
 */
export function buildPolicy(hashes: InlineHashes, { header = false } = {}): string {
  const directives = [
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
  ];
  if (header) directives.push("frame-ancestors 'none'", 'upgrade-insecure-requests');
  return directives.join('; ');
}

