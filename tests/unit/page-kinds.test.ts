import { describe, expect, it } from 'vitest';
import { pageKinds } from '../../src/lib/page-kinds';
import { generatedKinds, generatedOf } from '../../src/data/generated-pages';
import { readPages } from '../support/content';

const dutch = readPages().records.filter((r) => r.locale === 'nl');
const kindOf = (id: string) => {
  const page = dutch.find((r) => r.data.id === id)?.data as { kind?: string } | undefined;
  if (page) return page.kind;
  const generated = generatedOf(id);
  return generated ? generatedKinds[generated.type].kind : undefined;
};

describe('page kinds (frontmatter `kind`, or the kind of a generated page)', () => {
  it('has every Dutch page state its kind, one of the known kinds, so a new page needs a decision', () => {
    expect(dutch.length).toBeGreaterThan(0);
    expect(dutch.filter((r) => !(r.data as { kind?: string }).kind).map((r) => r.file)).toEqual([]);
    for (const r of dutch) expect(pageKinds, r.file).toContain((r.data as { kind?: string }).kind);
  });
  it('gives every page made from a municipality file the kind of its type', () => {
    for (const type of Object.keys(generatedKinds) as (keyof typeof generatedKinds)[]) {
      expect(kindOf(generatedKinds[type].id('proefdorp'))).toBe(generatedKinds[type].kind);
    }
    expect(generatedKinds.municipality.kind).toBe('help');
    expect(generatedKinds.poster.kind).toBe('professionals');
  });
});
