import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createFinder, normalize, typoDistance } from '../../src/lib/lookup';
import {
  ambiguousExamples,
  invalidExamples,
  municipalityExamples,
  outsideExamples,
} from '../../src/islands/help-finder/examples';
import { readMunicipalities } from '../support/content';
import { placeNames } from '../../src/schemas/municipality';
import { loadIndex } from '../support/finder-index';

const finder = createFinder(loadIndex());
/** The municipalities of the content: a new file is tested without editing this test. */
const municipalitySlugs = Object.keys(readMunicipalities());

function outcome(input: string): string {
  const r = finder.lookup(input);
  return r.kind === 'municipality' ? r.slug : r.kind;
}

describe('districts and neighbourhoods (content/municipalities places)', () => {
  const municipalities = readMunicipalities();
  it.each(Object.keys(municipalities))(
    'finds every place listed for %s, or asks when a name is in two municipalities',
    (slug) => {
      const names = placeNames(municipalities[slug]!);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const r = finder.lookup(name);
        if (r.kind === 'ambiguous')
          expect(
            r.options.map((o) => o.slug),
            name,
          ).toContain(slug);
        else expect(outcome(name), name).toBe(slug);
      }
    },
  );
  it.each(ambiguousExamples)('gives $expect for "$input" ($why)', ({ input, expect: want }) => {
    expect(outcome(input)).toBe(want);
  });
  it('offers both municipalities of a name used in two', () => {
    const r = finder.lookup('Harnaschpolder');
    expect(r.kind === 'ambiguous' && r.options.map((o) => o.slug).sort()).toEqual(['delft', 'midden-delfland']);
  });
});

describe('normalize', () => {
  it('ignores case, accents, apostrophes, hyphens and extra spaces', () => {
    expect(normalize("  'S-Gravenzande ")).toBe('s gravenzande');
    expect(normalize('Ypenbúrg')).toBe('ypenburg');
    expect(normalize('den   haag')).toBe('den haag');
  });
});

describe('typoDistance', () => {
  it('counts one swap, one missing, one extra or one wrong letter as one typo', () => {
    expect(typoDistance('dleft', 'delft')).toBe(1);
    expect(typoDistance('pijnaker', 'pijnacker')).toBe(1);
    expect(typoDistance('monsterr', 'monster')).toBe(1);
    expect(typoDistance('munster', 'monster')).toBe(1);
    expect(typoDistance('mnstre', 'monster')).toBeGreaterThan(1);
  });
});

describe('lookup finds the municipality', () => {
  it.each(municipalityExamples)('finds $expect from "$input" ($why)', ({ input, expect: slug }) => {
    expect(outcome(input)).toBe(slug);
  });

  it.each(municipalitySlugs)('finds %s from its own name and from the first postcode of each of its ranges', (slug) => {
    const m = readMunicipalities()[slug]!;
    expect(outcome(m.name)).toBe(slug);
    for (const [from] of m.postcodes) expect(outcome(String(from)), `${from}`).toBe(slug);
  });

  it("finds Den Haag from 's-Gravenhage and says which place matched", () => {
    expect(finder.lookup("'s-Gravenhage")).toEqual({
      kind: 'municipality',
      slug: 'den-haag',
      name: 'Den Haag',
      matched: "'s-Gravenhage",
      via: 'place',
    });
  });

  it('reads a postcode followed by the place name', () => {
    expect(outcome('2611 AB Delft')).toBe('delft');
  });

  it('reads "place, municipality"', () => {
    expect(outcome('Monster, Westland')).toBe('westland');
  });

  it('does not accept a typo in a name shorter than five letters', () => {
    expect(outcome('Laaq')).toBe('invalid');
    expect(outcome('Laak')).toBe('den-haag');
  });

  it('does not accept two typos', () => {
    expect(outcome('Nadlwik')).toBe('invalid');
  });

  it('finds every place in the data, or asks when a name is in two municipalities', () => {
    for (const m of loadIndex())
      for (const p of [m.name, ...m.places, ...(m.districts ?? [])]) {
        const r = finder.lookup(p);
        if (r.kind === 'ambiguous')
          expect(
            r.options.map((o) => o.slug),
            p,
          ).toContain(m.slug);
        else expect(outcome(p), p).toBe(m.slug);
      }
  });

  it('finds the first and last postcode of every range', () => {
    for (const m of loadIndex())
      for (const [from, to] of m.postcodes) {
        expect(outcome(String(from))).toBe(m.slug);
        expect(outcome(`${to} ZZ`)).toBe(m.slug);
      }
  });
});

describe('lookup recognises places outside Haaglanden', () => {
  it.each(outsideExamples)('says "$input" is outside the region ($why)', ({ input }) => {
    expect(outcome(input)).toBe('outside');
  });

  it('treats a postcode just outside a range as outside', () => {
    expect(outcome('2600')).toBe('outside');
  });
});

describe('lookup explains input it cannot use', () => {
  it.each(invalidExamples)('gives reason $reason for $why', ({ input, reason }) => {
    expect(finder.lookup(input)).toEqual({ kind: 'invalid', reason });
  });

  it('never throws and always gives a known kind, for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const r = finder.lookup(s);
        expect(['municipality', 'ambiguous', 'outside', 'invalid']).toContain(r.kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws for any unicode text, including very long text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        expect(() => finder.lookup(s)).not.toThrow();
        expect(() => finder.suggest(s)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('never puts input into a result: results only carry names and postcodes from the data', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).map((s) => `<img src=x onerror=${s}>`),
        (s) => {
          expect(finder.lookup(s)).toEqual({ kind: 'invalid', reason: 'unusable' });
        },
      ),
    );
  });

  it('gives the same result whatever the case and surrounding spaces', () => {
    const places = loadIndex().flatMap((m) => [m.name, ...m.places]);
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.boolean(), fc.nat(3), (place, upper, pad) => {
        const variant = ' '.repeat(pad) + (upper ? place.toUpperCase() : place.toLowerCase()) + ' '.repeat(pad);
        expect(outcome(variant)).toBe(outcome(place));
      }),
    );
  });

  it('reads any 4-digit postcode from 1000 to 9999 as a municipality or outside', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('', 'AB', ' ab', ' Zz'), (n, letters) => {
        expect(['outside', ...municipalitySlugs]).toContain(outcome(`${n}${letters}`));
      }),
    );
  });
});

describe('suggest', () => {
  it('puts places that start with the typed letters first', () => {
    const labels = finder.suggest('voor').map((s) => s.label);
    expect(labels[0]).toBe('Voorburg');
  });

  it('matches inside a name, after the prefix matches', () => {
    const labels = finder.suggest('dijk').map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['Honselersdijk', 'Maasdijk']));
  });

  it('ignores apostrophes and hyphens', () => {
    expect(finder.suggest('s grav').map((s) => s.label)).toEqual(expect.arrayContaining(["'s-Gravenzande", "'s-Gravenhage"]));
  });

  it('names the municipality of each suggestion', () => {
    expect(finder.suggest('Naaldw')).toEqual([{ label: 'Naaldwijk', slug: 'westland', municipality: 'Westland' }]);
  });

  it('gives nothing for one letter, for digits or for symbols', () => {
    expect(finder.suggest('d')).toEqual([]);
    expect(finder.suggest('2611')).toEqual([]);
    expect(finder.suggest('<>')).toEqual([]);
  });

  it('gives at most the asked number of suggestions', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 10 }), (s, n) => {
        expect(finder.suggest(s, n).length).toBeLessThanOrEqual(n);
      }),
    );
  });

  it('every suggestion, when chosen, finds its own municipality', () => {
    for (const q of ['de', 'wa', 'mo', 'le', 'zo', 'sc', 'po'])
      for (const s of finder.suggest(q)) {
        const r = finder.lookup(s.label);
        if (r.kind === 'ambiguous')
          expect(
            r.options.map((o) => o.slug),
            s.label,
          ).toContain(s.slug);
        else expect(outcome(s.label), s.label).toBe(s.slug);
      }
  });
});
