import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every HTML page of the built site as a URL path ("/", "/en/restraining-order/", "/404.html"). */
export function builtPages(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) found.push(`/${relative(distDir, full).split('\\').join('/')}`);
    }
  };
  walk(distDir);
  return found
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .filter((p) => !p.startsWith('/pagefind/'))
    .sort();
}
