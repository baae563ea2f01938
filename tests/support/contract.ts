/**
 * Page ids that partner sites, schools and the language switcher rely on (the page contract,
 * shared/design/page-contract.md). Once published, an id may never disappear: the list grows when
 * pages are published (tests/support/published-ids.json), and the built site must keep every id.
 * Where ../shared is beside the clone (CI), the shared contract is read too: every id it names must
 * be in the list, so the two cannot drift apart. A new municipality adds ids; none of this changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import published from './published-ids.json' with { type: 'json' };

export const publishedIds: string[] = published.ids;

const sharedFile = fileURLToPath(new URL('../../../shared/design/page-contract.md', import.meta.url));

/** The ids of the shared contract's table, its `{slug}` rows expanded with the slugs it lists; undefined without ../shared. */
export const sharedContractIds: string[] | undefined = existsSync(sharedFile)
  ? contractIds(readFileSync(sharedFile, 'utf8'))
  : undefined;

export function contractIds(text: string): string[] {
  const slugs = [...(/\| `municipality-\{slug\}` \|[^\n]*/.exec(text)?.[0] ?? '').matchAll(/`([a-z-]+)`/g)]
    .map((m) => m[1]!)
    .filter((s) => !s.startsWith('municipality'));
  return [...text.matchAll(/^\| `([a-z-]+(?:\{[a-z ]+\})?)` \|/gm)]
    .map((m) => m[1]!)
    .flatMap((id) =>
      id.includes('{') ? (/^(municipality|poster|card)-\{/.test(id) ? slugs.map((s) => id.replace(/\{[^}]+\}/, s)) : []) : [id],
    );
}
