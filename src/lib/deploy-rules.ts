/**
 * Server rules that depend on the site's languages, written from src/i18n/locales.ts at build
 * time, so adding a language never means editing deploy files by hand. Pure: unit-tested.
 */

/** Netlify `_redirects`: each language's own page-not-found page. */
export function redirectsFile(codes: readonly string[], defaultCode: string): string {
  const lines = codes.filter((c) => c !== defaultCode).map((c) => `/${c}/*  /${c}/404/  404`);
  return [
    "# Generated at build time from src/i18n/locales.ts: each language's own page-not-found page (Netlify).",
    ...lines,
    '/*     /404.html  404',
    '',
  ].join('\n');
}

/** nginx `location` blocks for the same rules (included by deploy/nginx.conf). */
export function nginxLocations(codes: readonly string[], defaultCode: string): string {
  const lines = codes
    .filter((c) => c !== defaultCode)
    .map((c) => `location /${c}/ { error_page 404 /${c}/404/index.html; try_files $uri $uri/ =404; }`);
  return [
    '# Generated at build time from src/i18n/locales.ts (src/integrations/post-build.ts).',
    "# Each language's own page-not-found page.",
    ...lines,
    'location / { error_page 404 /404.html; try_files $uri $uri/ =404; }',
    '',
  ].join('\n');
}
