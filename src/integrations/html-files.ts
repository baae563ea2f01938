import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every HTML file of the built site, for the steps that rewrite pages after the build. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
