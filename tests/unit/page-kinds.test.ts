import { describe, expect, it } from 'vitest';
import { pageKinds } from '../../src/lib/page-kinds';
import { generatedKinds } from '../../src/data/generated-pages';
import { readPages } from '../support/content';
import { pageIds as contractIds } from '../support/contract';

const dutch = readPages().records.filter((r) => r.locale === 'nl');
const kindOf = (id: string) =>
  (dutch.find((r) => r.data.id === id)?.data as { kind?: string } | undefined)?.kind ??
  Object.values(generatedKinds).find((g) => g.id(id.replace(/^[a-z]+-/, '')) === id)?.kind;

describe('page kinds (frontmatter `kind`, or the kind of a generated page)', () => {
  it('gives every page id of the contract that exists a kind', () => {
    for (const id of contractIds) {
      const kind = kindOf(id);
      if (kind === undefined && !dutch.some((r) => r.data.id === id)) continue; // not written yet
      expect(pageKinds, id).toContain(kind);
    }
  });
  it('puts municipality pages under help and lessons and posters under professionals', () => {
    expect(kindOf('municipality-delft')).toBe('help');
    expect(kindOf('lesson-mbo')).toBe('professionals');
    expect(kindOf('poster-westland')).toBe('professionals');
  });
  it('has every Dutch page state its kind, so a new page needs a decision', () => {
    expect(dutch.filter((r) => !(r.data as { kind?: string }).kind).map((r) => r.file)).toEqual([]);
    const information = dutch.filter((r) => (r.data as { kind?: string }).kind === 'information').map((r) => r.data.id);
    expect(information.sort()).toEqual(
      [
        'bystanders',
        'children',
        'elderly',
        'exploitation',
        'figures',
        'financial-abuse',
        'honour-based',
        'regional-approach',
        'signs',
        'using-violence',
        'what-is',
      ].sort(),
    );
  });
});
