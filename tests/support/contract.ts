/**
 * The page contract (shared/design/page-contract.md): the page ids partner sites and tests rely
 * on. Read from the document itself, so a test fails when a published id disappears.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../../../shared/design/page-contract.md', import.meta.url));
const text = readFileSync(file, 'utf8');

/** The municipality slugs the contract names in its `municipality-{slug}` row. */
export const municipalitySlugs: string[] = [
  ...(/\| `municipality-\{slug\}` \|[^\n]*/.exec(text)?.[0] ?? '').matchAll(/`([a-z-]+)`/g),
]
  .map((m) => m[1]!)
  .filter((s) => !s.startsWith('municipality'));

/** Every id in the contract's table, with `{slug}` rows expanded where the contract lists the slugs. */
export const pageIds: string[] = [...text.matchAll(/^\| `([a-z-]+(?:\{[a-z ]+\})?)` \|/gm)]
  .map((m) => m[1]!)
  .flatMap((id) =>
    id === 'municipality-{slug}' || id === 'poster-{municipality slug}' || id === 'card-{municipality slug}'
      ? municipalitySlugs.map((s) => id.replace(/\{[^}]+\}/, s))
      : id.includes('{')
        ? []
        : [id],
  );
