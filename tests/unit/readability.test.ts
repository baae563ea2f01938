import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readability, sentencesOf } from '../support/readability';

describe('readability metric', () => {
  it('ignores the frontmatter', () => {
    const source = [
      '---',
      'title: Een hele lange titel met heel veel woorden erin die niet meetellen',
      'keywords: [browsergeschiedenis, geschiedenis wissen]',
      '---',
      'Je bent welkom.',
    ].join('\n');
    expect(sentencesOf(source)).toEqual(['Je bent welkom.']);
    expect(readability(source)).toMatchObject({ sentences: 1, words: 3, longWordShare: 0 });
  });

  it('ignores import and export blocks, including multi-line ones', () => {
    const source = "import {\n  Summary,\n} from '../x';\nexport const meta = { a: 1 };\n\nHallo daar.";
    expect(sentencesOf(source)).toEqual(['Hallo daar.']);
  });

  it('strips JSX tags and their attributes but keeps the text inside', () => {
    const source = [
      '<Summary>Je kunt altijd bellen.</Summary>',
      '',
      '<ContactCard id="veilig-thuis" />',
      '',
      'Lees <PageLink id="signs">de signalen</PageLink> goed.',
    ].join('\n');
    expect(sentencesOf(source)).toEqual(['Je kunt altijd bellen.', 'Lees de signalen goed.']);
    expect(readability(source).words).toBe(8);
  });

  it('strips a tag that spans lines or has ">" in an attribute, and drops code blocks and comments', () => {
    const source = [
      '<Callout',
      '  type="danger"',
      '  note="a > b"',
      '>',
      'Bel 112.',
      '</Callout>',
      '',
      '{/* een notitie voor redacteuren */}',
      '<!-- nog een notitie -->',
      '```',
      'code telt niet mee.',
      '```',
    ].join('\n');
    expect(sentencesOf(source)).toEqual(['Bel 112.']);
  });

  it('keeps the text of markdown links and drops heading marks and emphasis', () => {
    const source = '## Wat **kun** je _doen_?\n\nKijk op [de site](https://example.org) van `Veilig Thuis`.';
    expect(sentencesOf(source)).toEqual(['Wat kun je doen?', 'Kijk op de site van Veilig Thuis.']);
  });

  it('counts every list item and every heading as its own sentence', () => {
    const source = [
      '## Wat kun je doen',
      'Dit kun je doen:',
      '- bellen',
      '- chatten met iemand',
      '* een mail sturen',
      '',
      '<Steps>',
      '1. Open het menu',
      '2. Kies Geschiedenis',
      '</Steps>',
    ].join('\n');
    expect(sentencesOf(source)).toEqual([
      'Wat kun je doen',
      'Dit kun je doen:',
      'bellen',
      'chatten met iemand',
      'een mail sturen',
      'Open het menu',
      'Kies Geschiedenis',
    ]);
    expect(readability(source).sentences).toBe(7);
  });

  it('splits on . ! and ? only when whitespace or the end follows', () => {
    const source = 'Bel 112! Is het veilig? Kijk op veiligthuis.nl voor meer. Versie 2.0 werkt.';
    expect(sentencesOf(source)).toEqual(['Bel 112!', 'Is het veilig?', 'Kijk op veiligthuis.nl voor meer.', 'Versie 2.0 werkt.']);
  });

  it('counts only tokens with letters as words', () => {
    const result = readability('Bel 112 of 0800 nu.');
    expect(result.words).toBe(3);
  });

  it('computes the share of words longer than 12 letters', () => {
    // "browsergeschiedenis" has 19 letters, "geschiedenis" exactly 12 (not long)
    const result = readability('Wis je browsergeschiedenis en geschiedenis.');
    expect(result.words).toBe(5);
    expect(result.longWordShare).toBeCloseTo(1 / 5);
  });

  it('flags a long sentence and lists the longest sentences with their word counts', () => {
    const long =
      'Als je de geschiedenis van je browser wilt wissen en je weet niet precies hoe dat moet op je telefoon of op de computer van je werk, dan kun je hulp vragen.';
    const source = `Dit is kort.\n\n${long}\n\nDit is ook kort hoor.`;
    const result = readability(source);
    expect(result.maxSentenceLength).toBe(32);
    expect(result.longestSentences).toEqual([`(32 words) ${long}`, '(5 words) Dit is ook kort hoor.', '(3 words) Dit is kort.']);
    expect(result.averageSentenceLength).toBeCloseTo(40 / 3);
  });

  it('returns zeros for an empty page or a page with only frontmatter', () => {
    for (const source of ['', '---\ntitle: Leeg\n---\n']) {
      expect(readability(source)).toEqual({
        sentences: 0,
        words: 0,
        averageSentenceLength: 0,
        longWordShare: 0,
        longestSentences: [],
        maxSentenceLength: 0,
      });
    }
  });
});

describe('Dutch pages are easy to read (B1)', () => {
  const dir = new URL('../../content/pages/nl/', import.meta.url);
  const files = readdirSync(fileURLToPath(dir))
    .filter((name) => name.endsWith('.mdx'))
    .sort();

  it('finds the Dutch pages', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`content/pages/nl/${file}: average sentence at most 13 words, at most 10 percent long words, no sentence over 25 words`, () => {
      const result = readability(readFileSync(new URL(file, dir), 'utf8'));
      const problems: string[] = [];
      if (result.averageSentenceLength > 13) {
        problems.push(`average sentence length ${result.averageSentenceLength.toFixed(1)} words (at most 13)`);
      }
      if (result.longWordShare > 0.1) {
        problems.push(`${(result.longWordShare * 100).toFixed(1)}% of words have more than 12 letters (at most 10%)`);
      }
      if (result.maxSentenceLength > 25) {
        problems.push(`a sentence has ${result.maxSentenceLength} words (at most 25)`);
      }
      const message = [
        `content/pages/nl/${file} is not easy enough to read:`,
        ...problems.map((p) => `  - ${p}`),
        '  longest sentences:',
        ...result.longestSentences.map((s) => `    ${s}`),
      ].join('\n');
      expect(problems, message).toEqual([]);
    });
  }
});

describe('easy-read pages are easy to read', () => {
  // Every page whose id starts with easy- (src/lib/easy-read.ts), in every language it is written in:
  // short sentences and few long words (shared/facts/topics.md §22: one idea per sentence, everyday words).
  const pagesDir = new URL('../../content/pages/', import.meta.url);
  const easy = readdirSync(fileURLToPath(pagesDir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => /^id:\s*easy-/m.test(readFileSync(new URL(f, pagesDir), 'utf8')))
    .sort();

  it('finds the easy-read pages', () => {
    expect(easy.length).toBeGreaterThan(0);
  });

  for (const file of easy) {
    it(`content/pages/${file}: average sentence at most 9 words, none over 15, at most 5 percent long words`, () => {
      const result = readability(readFileSync(new URL(file, pagesDir), 'utf8'));
      const problems: string[] = [];
      if (result.averageSentenceLength > 9)
        problems.push(`average sentence length ${result.averageSentenceLength.toFixed(1)} words (at most 9)`);
      if (result.maxSentenceLength > 15) problems.push(`a sentence has ${result.maxSentenceLength} words (at most 15)`);
      if (result.longWordShare > 0.05) problems.push(`${(result.longWordShare * 100).toFixed(1)}% long words (at most 5%)`);
      expect(
        problems,
        [`content/pages/${file} is not easy enough:`, ...result.longestSentences.map((l) => `  ${l}`)].join('\n'),
      ).toEqual([]);
    });
  }
});

describe('the easy-read level itself', () => {
  it('fails a text written at B1 with long sentences', () => {
    const b1 =
      'Als je je zorgen maakt over iemand in je omgeving, kun je altijd advies vragen bij Veilig Thuis, ook als je niet zeker weet of er echt iets aan de hand is.';
    const r = readability(b1);
    expect(r.maxSentenceLength).toBeGreaterThan(15);
  });
});
