/**
 * The texts the read-aloud reader needs once it runs (pause, stop, no voice…), in every language,
 * as a module only the reader imports (`virtual:read-aloud-strings`): they travel with the reader
 * when someone asks for it, not in every page. From content/ui/<locale>.json, keyed by language tag.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { locales } from '../i18n/locales';

const id = 'virtual:read-aloud-strings';
/** The strings the page itself carries: the start button and the group's name. */
const inPage = new Set(['readAloud.start', 'readAloud.label']);

export function readAloudStrings(contentDir = fileURLToPath(new URL('../../content/', import.meta.url))): Plugin {
  return {
    name: 'read-aloud-strings',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const strings = Object.fromEntries(
        locales.map((l) => {
          const file = `${contentDir}ui/${l.code}.json`;
          this.addWatchFile(file);
          const ui = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
          const own = Object.entries(ui).filter(([key]) => key.startsWith('readAloud.') && !inPage.has(key));
          return [l.lang, Object.fromEntries(own.map(([key, value]) => [key.slice('readAloud.'.length), value]))];
        }),
      );
      return `export default ${JSON.stringify(strings)};`;
    },
  };
}
