import { describe, expect, it } from 'vitest';
import { wholePageSample } from '../support/site-pages';

const paths = [
  '/',
  '/opvang/',
  '/gemeente-delft/',
  '/gemeente-rijswijk/',
  '/poster-delft/',
  '/poster-rijswijk/',
  '/en/',
  '/en/shelter/',
  '/en/municipality-delft/',
  '/en/municipality-rijswijk/',
  '/en/card-delft/',
  '/en/card-rijswijk/',
  '/tr/',
  '/tr/shelter/',
  '/tr/municipality-delft/',
  '/tr/municipality-rijswijk/',
  '/tr/professionals/',
  '/tr/figures/',
  '/uk/',
  '/uk/shelter/',
  '/uk/municipality-delft/',
  '/uk/municipality-rijswijk/',
  '/uk/professionals/',
  '/uk/figures/',
];
const fallback = (p: string) => p.endsWith('/professionals/') || p.endsWith('/figures/');

describe('the sample of pages the whole-page checks visit', () => {
  const sample = wholePageSample(paths, fallback);

  it('keeps every Dutch page and every page written for its language', () => {
    for (const p of [
      '/',
      '/opvang/',
      '/gemeente-delft/',
      '/gemeente-rijswijk/',
      '/poster-rijswijk/',
      '/en/shelter/',
      '/tr/shelter/',
      '/uk/',
      '/uk/shelter/',
    ]) {
      expect(sample).toContain(p);
    }
  });

  it('keeps one municipality per other language, a different one in each', () => {
    const kept = sample.filter((p) => /municipality-|card-/.test(p));
    expect(kept).toEqual(['/en/municipality-delft/', '/en/card-delft/', '/tr/municipality-rijswijk/', '/uk/municipality-delft/']);
  });

  it('keeps each page a language shows from another language once, in different languages', () => {
    const kept = sample.filter(fallback);
    expect(kept).toHaveLength(2);
    expect(new Set(kept.map((p) => p.split('/')[1])).size).toBe(2);
  });

  it('leaves out nothing when nothing repeats', () => {
    expect(wholePageSample(['/', '/en/', '/en/shelter/'], () => false)).toEqual(['/', '/en/', '/en/shelter/']);
  });
});
