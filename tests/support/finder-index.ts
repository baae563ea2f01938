import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content';
import { parse } from 'yaml';
import { municipalitySchema, placeNames } from '../../src/schemas/municipality';
import type { PlaceIndexEntry } from '../../src/lib/lookup';

/** The finder index from the content/municipalities files, as the build makes it. */
export function loadIndex(): PlaceIndexEntry[] {
  const dir = join(contentDir, 'municipalities');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const m = municipalitySchema.parse(parse(readFileSync(join(dir, f), 'utf8')));
      return {
        slug: f.replace(/\.yaml$/, ''),
        name: m.name,
        places: placeNames(m, 'major'),
        districts: placeNames(m, 'districts'),
        postcodes: m.postcodes,
      };
    });
}
