/**
 * The help finder's lookup: from what a resident types (a place, a district or a postcode) to one
 * of the nine Haaglanden municipalities, "outside" the region, or a reason it cannot be used.
 * Pure TypeScript, no Astro: the Preact island, the build and the unit tests share it.
 *
 * Never throws for any string, and never returns the input as markup: callers render results
 * as text.
 */

import { editDistance } from './edit-distance';

/** What the lookup needs to know of one municipality (kept small: it is sent to the browser). */
export interface PlaceIndexEntry {
  slug: string;
  name: string;
  /** Other names, towns and villages, city districts (the name itself is matched too). */
  places: string[];
  /** Neighbourhoods and hamlets: suggested after the larger places. */
  districts?: string[];
  /** Inclusive 4-digit postcode ranges. */
  postcodes: [number, number][];
}

export type InvalidReason =
  /** Nothing typed, or only spaces. */
  | 'empty'
  /** Only symbols, or markup such as "<b>". */
  | 'unusable'
  /** Digits that are not a 4-digit postcode (e.g. "12345" or "26"). */
  | 'digits'
  /** Longer than any place name or postcode. */
  | 'too-long'
  /** Letters, but no place we know. */
  | 'not-found';

export type LookupResult =
  | { kind: 'municipality'; slug: string; name: string; matched: string; via: 'place' | 'postcode' }
  /** A name used in more than one municipality (Harnaschpolder: Delft and Midden-Delfland). */
  | { kind: 'ambiguous'; matched: string; options: { slug: string; name: string }[] }
  | { kind: 'outside'; matched: string; via: 'place' | 'postcode' }
  | { kind: 'invalid'; reason: InvalidReason };

export interface Suggestion {
  /** The place as written in the data, e.g. "'s-Gravenzande". */
  label: string;
  slug: string;
  /** Municipality name, shown next to a place that is not the municipality itself. */
  municipality: string;
}

/** Longest input we try to read; longer input is not a place or postcode. */
export const MAX_INPUT = 80;

/**
 * Well-known Dutch places outside Haaglanden, so that "Leiden" gets a helpful "outside" answer
 * instead of "not found". Any valid postcode outside the ranges is outside too.
 */
export const OUTSIDE_PLACES = [
  'Amsterdam',
  'Rotterdam',
  'Utrecht',
  'Eindhoven',
  'Groningen',
  'Tilburg',
  'Almere',
  'Breda',
  'Nijmegen',
  'Apeldoorn',
  'Haarlem',
  'Arnhem',
  'Enschede',
  'Amersfoort',
  'Zaanstad',
  'Zaandam',
  "'s-Hertogenbosch",
  'Den Bosch',
  'Zwolle',
  'Leeuwarden',
  'Maastricht',
  'Dordrecht',
  'Emmen',
  'Deventer',
  'Helmond',
  'Hilversum',
  'Alkmaar',
  'Venlo',
  'Heerlen',
  'Assen',
  'Lelystad',
  'Middelburg',
  'Vlissingen',
  'Leiden',
  'Leiderdorp',
  'Oegstgeest',
  'Voorschoten',
  'Katwijk',
  'Noordwijk',
  'Zoeterwoude',
  'Alphen aan den Rijn',
  'Gouda',
  'Schiedam',
  'Vlaardingen',
  'Maassluis',
  'Hoek van Holland',
  'Lansingerland',
  'Berkel en Rodenrijs',
  'Bergschenhoek',
  'Bleiswijk',
  'Capelle aan den IJssel',
  'Spijkenisse',
  'Barendrecht',
  'Ridderkerk',
  'Gorinchem',
  'Waddinxveen',
  'Lisse',
  'Hillegom',
  'Teylingen',
  'Sassenheim',
];

/**
 * Lower case, no accents, and apostrophes, hyphens, dots and other punctuation as single spaces:
 * "'s-Gravenzande" and "s gravenzande" both become "s gravenzande".
 */
export function normalize(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The form used for matching: normalised without spaces ("den haag" = "denhaag"). */
function compact(input: string): string {
  return normalize(input).replace(/ /g, '');
}

/** One typo or less: the shared edit distance (src/lib/edit-distance.ts), stopping early above `max`. */
export function typoDistance(a: string, b: string, max = 1): number {
  return editDistance(a, b, max);
}

/** Names of five or more letters may have one typo. */
const TYPO_MIN_LENGTH = 5;

interface IndexedPlace {
  label: string;
  /** 0: the municipality, 1: a town, village or city district, 2: a neighbourhood or hamlet. */
  tier: number;
  key: string;
  /** Normalised words, for matching the start of a word in suggestions. */
  words: string[];
  slug: string;
  municipality: string;
}

export interface Finder {
  lookup(input: string): LookupResult;
  suggest(input: string, limit?: number): Suggestion[];
}

/**
 * Builds the lookup over the municipalities. Build it once and reuse it.
 *
 * @example
 * const finder = createFinder(index);
 * finder.lookup("s gravenzande"); // { kind: 'municipality', slug: 'westland', ... }
 * finder.lookup('1012');          // { kind: 'outside', via: 'postcode', ... }
 */
export function createFinder(entries: readonly PlaceIndexEntry[], outsidePlaces: readonly string[] = OUTSIDE_PLACES): Finder {
  const places: IndexedPlace[] = [];
  for (const m of entries) {
    const seen = new Set<string>();
    const named: [string, number][] = [
      [m.name, 0],
      ...m.places.map((p): [string, number] => [p, 1]),
      ...(m.districts ?? []).map((p): [string, number] => [p, 2]),
    ];
    for (const [label, tier] of named) {
      const key = compact(label);
      if (seen.has(key)) continue; // listed by two sources
      seen.add(key);
      places.push({ label, tier, key, words: normalize(label).split(' '), slug: m.slug, municipality: m.name });
    }
  }
  /** The places with a key: one, or one per municipality when a name is used in several. */
  const byKey = new Map<string, IndexedPlace[]>();
  for (const p of places) {
    const same = byKey.get(p.key) ?? [];
    if (!same.some((q) => q.slug === p.slug)) same.push(p);
    byKey.set(p.key, same);
  }
  // A place that joins the region stops being "outside" without editing OUTSIDE_PLACES.
  const outside = outsidePlaces.map((label) => ({ label, key: compact(label) })).filter((p) => !byKey.has(p.key));
  const outsideByKey = new Map(outside.map((p) => [p.key, p]));

  function byPostcode(n: number): PlaceIndexEntry | undefined {
    return entries.find((m) => m.postcodes.some(([from, to]) => n >= from && n <= to));
  }

  function matchName(key: string): LookupResult | undefined {
    const exact = byKey.get(key);
    if (exact && exact.length > 1) {
      return { kind: 'ambiguous', matched: exact[0]!.label, options: exact.map((p) => ({ slug: p.slug, name: p.municipality })) };
    }
    if (exact?.[0]) {
      const p = exact[0];
      return { kind: 'municipality', slug: p.slug, name: p.municipality, matched: p.label, via: 'place' };
    }
    const out = outsideByKey.get(key);
    if (out) return { kind: 'outside', matched: out.label, via: 'place' };
    if (key.length < TYPO_MIN_LENGTH) return undefined;
    // One typo: only when it points to a single municipality (or a single outside place).
    const near = places.filter((p) => p.key.length >= TYPO_MIN_LENGTH && typoDistance(key, p.key) <= 1);
    const slugs = new Set(near.map((p) => p.slug));
    if (slugs.size === 1) {
      const p = near[0]!;
      return { kind: 'municipality', slug: p.slug, name: p.municipality, matched: p.label, via: 'place' };
    }
    if (slugs.size > 1) return undefined;
    const nearOut = outside.filter((p) => p.key.length >= TYPO_MIN_LENGTH && typoDistance(key, p.key) <= 1);
    if (nearOut.length === 1) return { kind: 'outside', matched: nearOut[0]!.label, via: 'place' };
    return undefined;
  }

  function lookup(input: string): LookupResult {
    if (typeof input !== 'string') return { kind: 'invalid', reason: 'empty' };
    const trimmed = input.trim();
    if (trimmed === '') return { kind: 'invalid', reason: 'empty' };
    if (trimmed.length > MAX_INPUT) return { kind: 'invalid', reason: 'too-long' };
    // Markup is never a place: do not try to read "<script>" as the letters "script".
    if (/[<>{}\\]/.test(trimmed)) return { kind: 'invalid', reason: 'unusable' };
    const norm = normalize(trimmed);
    if (norm === '') return { kind: 'invalid', reason: 'unusable' };

    // A postcode: "2611", "2611AB", "2611 ab", optionally followed by the place ("2611 AB Delft").
    const postcode = /^(\d{4}) ?([a-z]{2})?(?: (.*))?$/.exec(norm);
    if (postcode && !/\d/.test(postcode[3] ?? '')) {
      const n = Number(postcode[1]);
      if (n < 1000) return { kind: 'invalid', reason: 'digits' };
      const m = byPostcode(n);
      const matched = postcode[1]! + (postcode[2] ? ` ${postcode[2].toUpperCase()}` : '');
      if (m) return { kind: 'municipality', slug: m.slug, name: m.name, matched, via: 'postcode' };
      return { kind: 'outside', matched, via: 'postcode' };
    }
    if (/^[\d ]+$/.test(norm)) return { kind: 'invalid', reason: 'digits' };

    const whole = matchName(compact(trimmed));
    if (whole) return whole;
    // "Monster, Westland" or "Voorburg (LV)": try each part on its own. A part that names one
    // municipality wins over a name used in several ("Harnaschpolder, Delft").
    const parts = trimmed
      .split(/[,/()]+/)
      .map(compact)
      .filter((p) => p.length > 1);
    if (parts.length > 1) {
      const found = parts.map(matchName).filter((r): r is LookupResult => r !== undefined);
      const one = found.find((r) => r.kind === 'municipality');
      if (one) return one;
      if (found[0]) return found[0];
    }
    if (!/\p{L}/u.test(norm)) return { kind: 'invalid', reason: 'unusable' };
    return { kind: 'invalid', reason: 'not-found' };
  }

  function suggest(input: string, limit = 8): Suggestion[] {
    if (typeof input !== 'string' || input.length > MAX_INPUT) return [];
    const q = normalize(input);
    const qKey = q.replace(/ /g, '');
    if (qKey.length < 2 || /^\d/.test(qKey)) return [];
    const ranked: { p: IndexedPlace; rank: number }[] = [];
    for (const p of places) {
      let rank: number;
      if (p.key === qKey) rank = 0;
      else if (p.key.startsWith(qKey)) rank = 1;
      else if (p.words.some((w) => w.startsWith(q))) rank = 2;
      else if (p.key.includes(qKey)) rank = 3;
      else if (qKey.length >= TYPO_MIN_LENGTH && typoDistance(qKey, p.key.slice(0, qKey.length)) <= 1) rank = 4;
      else continue;
      ranked.push({ p, rank });
    }
    // Best match first; among equal matches the larger place ("voor": Voorburg before the Delft
    // neighbourhood Voorhof), then the shorter name.
    ranked.sort(
      (a, b) =>
        a.rank - b.rank || a.p.tier - b.p.tier || a.p.key.length - b.p.key.length || a.p.label.localeCompare(b.p.label, 'nl'),
    );
    return ranked.slice(0, limit).map(({ p }) => ({ label: p.label, slug: p.slug, municipality: p.municipality }));
  }

  return { lookup, suggest };
}
