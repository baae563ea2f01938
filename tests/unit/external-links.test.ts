import { describe, expect, it } from 'vitest';
import { linkRel } from '../../src/lib/link-rel';

describe('links written in a page', () => {
  it('get rel="noreferrer" when they leave the site', () => {
    expect(linkRel('https://ind.nl/en')).toBe('noreferrer');
    expect(linkRel('HTTP://example.org')).toBe('noreferrer');
  });

  it('keep a rel they already have, without repeating noreferrer', () => {
    expect(linkRel('https://example.org', 'nofollow')).toBe('nofollow noreferrer');
    expect(linkRel('https://example.org', 'noreferrer')).toBe('noreferrer');
  });

  it('leave links inside the site, tel: and mailto: links alone', () => {
    for (const href of ['/huisverbod/', 'tel:08002000', 'mailto:info@example.org', '#top', undefined]) {
      expect(linkRel(href)).toBeUndefined();
    }
    expect(linkRel('/huisverbod/', 'next')).toBe('next');
  });
});
