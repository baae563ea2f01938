/**
 * A simple readability measure for Dutch (B1) page text, used by the content tests.
 *
 * It takes the source of an MDX page and looks only at the text a reader sees:
 * - frontmatter, `import`/`export` blocks, code blocks and comments are dropped;
 * - JSX tags are dropped, their text content is kept (`<PageLink id="x">de hulp</PageLink>`
 *   reads as "de hulp");
 * - markdown syntax is dropped: links keep their text, images disappear, heading marks,
 *   list markers, quote marks and emphasis go.
 *
 * Sentences end at `.`, `!` or `?` followed by whitespace or the end of the text. Every
 * heading, every list item, every table row and every paragraph also ends a sentence, so a
 * list of short items counts as short sentences (and a heading without a full stop does not
 * run into the next paragraph). A word is a token (split on whitespace) that contains at least
 * one letter; "112" is not a word. A long word has more than 12 letters (hyphens, digits and
 * punctuation are not counted as letters).
 *
 * Pure TypeScript: no Astro or Node imports, so it runs anywhere.
 */

export interface ReadabilityResult {
  /** number of sentences with at least one word */
  sentences: number;
  /** number of words in those sentences */
  words: number;
  /** words / sentences (0 when there are no sentences) */
  averageSentenceLength: number;
  /** share (0..1) of words with more than 12 letters (0 when there are no words) */
  longWordShare: number;
  /** the 3 longest sentences, longest first, each as "(N words) sentence" */
  longestSentences: string[];
  /** the word count of the longest sentence (0 when there are none) */
  maxSentenceLength: number;
}

export const LONG_WORD_LETTERS = 12;

const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;

/** Removes the frontmatter block (`---` ... `---`) at the very start of the source. */
function stripFrontmatter(source: string): string {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^\s*---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** Removes fenced code blocks (``` or ~~~); they are not prose. */
function stripCodeFences(text: string): string {
  return text.replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm, '\n');
}

/**
 * Removes ESM blocks. In MDX an `import`/`export` line starts a block that runs to the next
 * blank line (so multi-line imports go as a whole).
 */
function stripEsm(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inEsm = false;
  for (const line of lines) {
    if (inEsm) {
      if (line.trim() === '') {
        inEsm = false;
        out.push('');
      }
      continue;
    }
    if (/^(?:import|export)\b/.test(line) && (out.length === 0 || out[out.length - 1]!.trim() === '')) {
      inEsm = true;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Removes HTML comments, MDX comments and other `{...}` expressions. */
function stripCommentsAndExpressions(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\{[^{}\n]*\}/g, '');
}

/**
 * Removes JSX/HTML tags (opening, closing, self-closing, fragments), keeping what is between
 * them. Attribute values may contain `>` inside quotes or braces.
 */
function stripTags(text: string): string {
  const attr = String.raw`(?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^"'{}<>])*`;
  const tag = new RegExp(String.raw`<\/?(?:[A-Za-z][\w.:-]*${attr})?\/?>`, 'g');
  return text.replace(tag, '');
}

/** Removes inline markdown syntax from one line of text, keeping the words. */
function stripInline(line: string): string {
  return (
    line
      // images disappear (alt text is not running prose)
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      // [text](url) and [text][ref] keep their text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      // inline code keeps its text
      .replace(/`+([^`]*)`+/g, '$1')
      // emphasis and strike-through
      .replace(/\*{1,3}|~~/g, '')
      .replace(/(^|[^\p{L}\p{N}])_{1,3}(?=\S)/gu, '$1')
      .replace(/(\S)_{1,3}(?=[^\p{L}\p{N}]|$)/gu, '$1')
      // escapes and a few entities
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The blocks of visible text: each heading, list item, table row and paragraph is one block. */
function textBlocks(source: string): string[] {
  let text = stripFrontmatter(source.replace(/\r\n?/g, '\n'));
  text = stripCodeFences(text);
  text = stripEsm(text);
  text = stripCommentsAndExpressions(text);
  text = stripTags(text);

  const blocks: string[] = [];
  let current: string[] = [];
  // 'paragraph' lines join with the next line; 'item' lines take lazy continuation lines too.
  const flush = () => {
    const joined = stripInline(current.join(' '));
    if (joined) blocks.push(joined);
    current = [];
  };

  for (const raw of text.split('\n')) {
    // blockquote markers
    const line = raw.replace(/^\s*(?:>\s?)+/, '').trim();
    if (line === '' || /^(?:[-*_]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      blocks.push(stripInline(heading[1] ?? ''));
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      if (/^\|?[\s:|-]+\|?$/.test(line)) continue; // table separator row
      blocks.push(stripInline(line.replace(/\|/g, ' ')));
      continue;
    }
    const item = /^(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[1] ?? '');
      continue;
    }
    current.push(line);
  }
  flush();
  return blocks.filter((b) => b !== '');
}

/** Splits one block of text into sentences at `.`, `!` or `?` followed by whitespace or the end. */
function splitBlock(block: string): string[] {
  return block
    .split(/(?<=[.!?…]+["'”’»)\]]*)\s+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The words of a text: whitespace-separated tokens that contain a letter. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((token) => LETTER.test(token));
}

/** The number of letters in a word ("browsergeschiedenis," has 19). */
export function letterCount(word: string): number {
  return word.match(LETTERS)?.length ?? 0;
}

/** The sentences a reader sees in an MDX source, in order (only those with at least one word). */
export function sentencesOf(mdxSource: string): string[] {
  return textBlocks(mdxSource)
    .flatMap(splitBlock)
    .filter((s) => wordsOf(s).length > 0);
}

/** Measures sentence length and long words in the visible text of an MDX source. */
export function readability(mdxSource: string): ReadabilityResult {
  const sentences = sentencesOf(mdxSource).map((text) => ({ text, words: wordsOf(text) }));
  const words = sentences.flatMap((s) => s.words);
  const longWords = words.filter((w) => letterCount(w) > LONG_WORD_LETTERS).length;
  const longest = [...sentences].sort((a, b) => b.words.length - a.words.length).slice(0, 3);
  return {
    sentences: sentences.length,
    words: words.length,
    averageSentenceLength: sentences.length === 0 ? 0 : words.length / sentences.length,
    longWordShare: words.length === 0 ? 0 : longWords / words.length,
    longestSentences: longest.map((s) => `(${s.words.length} words) ${s.text}`),
    maxSentenceLength: longest[0]?.words.length ?? 0,
  };
}
