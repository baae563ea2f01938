import { describe, expect, it } from 'vitest';
import { wholePageSample, type BuiltPage } from '../../src/lib/site-sample';

/** A small built site: two municipalities, a page written in every language, one that falls back. */
const locales = ['nl', 'en', 'tr', 'uk'];
const pages: BuiltPage[] = locales.flatMap((locale) => {
  const p = (id: string, fallback = false): BuiltPage => ({ path: `/${locale}/${id}/`, locale, id, fallback });
  return [
    p('home'),
    p('shelter'),
    p('municipality-delft'),
    p('municipality-rijswijk'),
    p('poster-delft'),
    p('poster-rijswijk'),
    ...(locale === 'nl' || locale === 'en' ? [p('professionals'), p('figures')] : [p('professionals', true), p('figures', true)]),
  ];
});
const municipalityOf = (id: string) => /^(?:municipality|poster)-(.+)$/.exec(id)?.[1];
const sample = wholePageSample(pages, 'nl', municipalityOf);
const kept = (locale: string, id: string) => sample.some((p) => p.locale === locale && p.id === id);

describe('the sample of pages the whole-page checks visit', () => {
  it('keeps every page of the source language and every page written for its language', () => {
    for (const id of ['home', 'shelter', 'municipality-delft', 'municipality-rijswijk', 'poster-delft', 'professionals'])
      expect(kept('nl', id), id).toBe(true);
    for (const locale of ['en', 'tr', 'uk']) expect(kept(locale, 'shelter'), locale).toBe(true);
    expect(kept('en', 'professionals')).toBe(true);
  });
  it('keeps the pages of one municipality per other language, a different one in each', () => {
    const chosen = ['en', 'tr', 'uk'].map((l) =>
      sample.filter((p) => p.locale === l && municipalityOf(p.id)).map((p) => municipalityOf(p.id)),
    );
    for (const c of chosen) expect(new Set(c).size).toBe(1);
    expect(new Set(chosen.map((c) => c[0])).size).toBeGreaterThan(1);
  });
  it('keeps each fallback page in one language only', () => {
    for (const id of ['professionals', 'figures']) {
      expect(sample.filter((p) => p.id === id && p.fallback).length, id).toBe(1);
    }
  });
  it('grows with a new municipality by at most its pages in the source language and one language', () => {
    const more = [
      ...pages,
      ...locales.flatMap((locale) =>
        ['municipality-zoetermeer', 'poster-zoetermeer'].map((id) => ({
          path: `/${locale}/${id}/`,
          locale,
          id,
          fallback: false,
        })),
      ),
    ];
    expect(wholePageSample(more, 'nl', municipalityOf).length - sample.length).toBeLessThanOrEqual(4);
  });
});
