/**
 * Content Security Policy for a static site: no 'unsafe-inline' for scripts. Inline scripts and
 * styles are allowed by their SHA-256 hashes, computed from the built HTML, so the policy is
 * exact and changes by itself when the code does.
 */
import { createHash } from 'node:crypto';

const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;

export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline <script> and <style> elements of one HTML document. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, tag, attrs = '', body = ''] of html.matchAll(INLINE)) {
    if (tag!.toLowerCase() === 'script') {
      if (/\ssrc=/i.test(attrs) || /type="application\/(ld\+)?json"/i.test(attrs)) continue;
      scripts.add(sha256(body));
    } else {
      styles.add(sha256(body));
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
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

/** Puts a CSP meta tag right after the charset, before any script or style it governs. */
export function addMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  return /<meta charset="utf-8">/i.test(html)
    ? html.replace(/<meta charset="utf-8">/i, (m) => `${m}${meta}`)
    : html.replace(/<head>/i, `<head>${meta}`);
}
