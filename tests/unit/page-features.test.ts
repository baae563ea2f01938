import { describe, expect, it } from 'vitest';
import { stylesUsed as featuresUsed } from '../../src/mdx/registry';

describe('featuresUsed', () => {
  it('gives a plain text page no feature CSS', () => {
    expect(featuresUsed('# Title\n\nSome text about <strong>help</strong>.\n<Summary>Short</Summary>')).toEqual([]);
  });
  it('gives a block the CSS of the blocks it renders inside it', () => {
    expect(featuresUsed('<HelpFinder />')).toEqual(['contact-card', 'help-finder']);
    expect(featuresUsed('<SelfCheck questionnaire="check-self" />')).toEqual(['contact-card', 'self-check']);
  });
  it('lists each feature once, in a fixed order', () => {
    expect(featuresUsed('<FigureChart id="a" />\n<ContactCard id="x" />\n<ContactCard id="y"/>')).toEqual([
      'contact-card',
      'figure-chart',
    ]);
  });
  it('does not mistake a longer name or plain words for a block', () => {
    expect(featuresUsed('<ContactCardList /> and the word HelpFinder in text')).toEqual([]);
  });
});
