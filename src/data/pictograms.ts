/**
 * Pictograms and icons from the Tabler Icons set (MIT licence, installed from npm), read at
 * build time and inlined as SVG: a page never asks another host (or even its own) for a picture.
 * Any outline icon of the set can be named; https://tabler.io/icons shows them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compactSvg } from '../lib/svg';
import { didYouMean } from '../lib/edit-distance';

/** Named on the easy-read pages where the set's licence is given. */
export const pictogramSet = { name: 'Tabler Icons', licence: 'MIT' } as const;

const folder = join(dirname(createRequire(import.meta.url).resolve('@tabler/icons/package.json')), 'icons', 'outline');
const cache = new Map<string, string>();
let names: string[] | undefined;

/** The icon as inline SVG markup, or an error that names the closest icon. */
export function pictogram(name: string, usedBy: string): string {
  const known = cache.get(name);
  if (known) return known;
  let svg: string;
  try {
    svg = compactSvg(readFileSync(join(folder, `${name}.svg`), 'utf8'));
  } catch {
    names ??= readdirSync(folder).map((f) => f.replace(/\.svg$/, ''));
    throw new Error(
      `${usedBy}: there is no picture "${name}"${didYouMean(name, names)}. The names are those of https://tabler.io/icons.`,
    );
  }
  svg = svg.replace('<svg ', '<svg aria-hidden="true" ');
  return svg;
}
