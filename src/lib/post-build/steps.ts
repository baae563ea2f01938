/**
 * What happens to each built page after Astro wrote it, as steps over the page's tree
 * (html-doc.ts). Their order is `pageSteps` below, not the order of integrations in a config
 * file: the page is parsed once, every step runs, and it is written once
 * (src/integrations/post-build.ts). Pure: what a step needs from outside comes in `PageContext`.
 */
import { ltrRuns, needsIsolating } from '../bidi';
import { moduleClosure } from '../module-preload';
import { sha256, type InlineHashes } from '../csp';
import {
  append,
  attr,
  byTag,
  createElement,
  createText,
  elements,
  insertAfter,
  prepend,
  isElement,
  isText,
  replaceWith,
  setAttr,
  textContent,
  type ChildNode,
  type Doc,
  type Element,
  type ParentNode,
} from './html-doc';

export interface PageContext {
  /** The page's URL path ("/", "/ar/get-help/"). */
  path: string;
  /** A built module's code by its URL path, or undefined when it is not a file of the site. */
  readModule(path: string): string | undefined;
  /** Pagefind's WebAssembly file for a language tag (known once the index is written). */
  searchWasm(lang: string): string;
  /** The hashes of the page's inline scripts and styles, filled in by the last step. */
  hashes?: InlineHashes;
}

export interface PageStep {
  name: string;
  run(doc: Doc, context: PageContext): void;
}

const head = (doc: Doc) => byTag(doc, 'head');
const body = (doc: Doc) => byTag(doc, 'body');

/**
 * Style elements into the head. Astro puts the islands' one-line style before the first island,
 * and a style element in the body is invalid HTML. Order is kept, so the cascade does not change.
 */
export const hoistBodyStyles: PageStep = {
  name: 'styles into the head',
  run(doc) {
    const h = head(doc);
    const b = body(doc);
    if (!h || !b) return;
    for (const style of [...elements(b)].filter((el) => el.tagName === 'style')) append(h, style);
  },
};

/** Elements whose text is never touched: code, scripts, styles, and what is isolated already. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'bdi', 'bdo', 'svg', 'math', 'textarea', 'title', 'template']);
/** Elements that start a paragraph of their own for the bidi algorithm (or close enough). */
const BLOCK = new Set(
  'html body main header footer nav section article aside div p li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote figure figcaption table caption tr td th details summary form fieldset legend label button option address'.split(
    ' ',
  ),
);
const LTR_CHAR = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * Left-to-right runs (phone numbers, postcodes, year ranges, Latin names with punctuation) in
 * `<bdi dir="ltr">` wherever the text around them is right to left (src/lib/bidi.ts says when
 * that is and why): on Arabic pages, and in Arabic text inside a left-to-right part of a page
 * (a contact card in Arabic on a page that falls back to English). Attributes are left alone.
 */
export const isolateBidi: PageStep = {
  name: 'bidi isolation',
  run(doc) {
    const html = byTag(doc, 'html');
    const b = body(doc);
    if (!html || !b) return;
    const paragraphs = new Map<Element, string>();
    const paragraphText = (el: Element) => {
      let text = paragraphs.get(el);
      if (text === undefined) paragraphs.set(el, (text = textContent(el)));
      return text;
    };
    const walk = (node: ParentNode, rtl: boolean, paragraph: Element) => {
      for (const child of [...node.childNodes] as ChildNode[]) {
        if (isText(child)) {
          if (!LTR_CHAR.test(child.value) || !needsIsolating(rtl, paragraphText(paragraph))) continue;
          const runs = ltrRuns(child.value);
          if (!runs.some((r) => r.ltr)) continue;
          replaceWith(
            child,
            runs.map((r) => (r.ltr ? createElement('bdi', { dir: 'ltr' }, [r.text]) : createText(r.text))),
          );
        } else if (isElement(child) && !SKIP.has(child.tagName)) {
          const dir = attr(child, 'dir');
          const childRtl = dir === 'rtl' ? true : dir === 'ltr' ? false : rtl;
          walk(child, childRtl, dir || BLOCK.has(child.tagName) ? child : paragraph);
        }
      }
    };
    walk(b, attr(html, 'dir') === 'rtl', b);
  },
};

/**
 * An island page names every script its island runs (`<link rel="modulepreload">`), so a phone
 * asks for them together instead of one round trip after another (src/lib/module-preload.ts).
 */
export const preloadIslandModules: PageStep = {
  name: 'island module preloads',
  run(doc, context) {
    const h = head(doc);
    if (!h) return;
    const entries = new Set<string>();
    for (const el of elements(doc)) {
      if (el.tagName !== 'astro-island') continue;
      for (const name of ['component-url', 'renderer-url']) {
        const url = attr(el, name);
        if (url) entries.add(url);
      }
    }
    if (entries.size === 0) return;
    const present = new Set(
      [...elements(h)].filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'modulepreload').map((el) => attr(el, 'href')),
    );
    for (const path of moduleClosure([...entries], context.readModule)) {
      if (!present.has(path)) append(h, createElement('link', { rel: 'modulepreload', href: path }));
    }
  },
};

/**
 * The search page asks for Pagefind's script and its WebAssembly at once (a reader there came to
 * search). Pagefind names the WebAssembly after the language's stemmer ("unknown" when it has
 * none, as for Ukrainian): the page gets the real name, so it never asks for a missing file.
 */
export const preloadSearchEngine: PageStep = {
  name: 'search engine preloads',
  run(doc, context) {
    const h = head(doc);
    const island = [...elements(doc)].find((el) => attr(el, 'data-pagefind-wasm') === '');
    if (!h || !island) return;
    const lang = attr(byTag(doc, 'html')!, 'lang') ?? '';
    const wasm = context.searchWasm(lang);
    setAttr(island, 'data-pagefind-wasm', wasm);
    append(h, createElement('link', { rel: 'modulepreload', href: '/pagefind/pagefind.js' }));
    append(
      h,
      createElement('link', { rel: 'preload', href: `/pagefind/wasm.${wasm}.pagefind`, as: 'fetch', crossorigin: 'anonymous' }),
    );
  },
};

/** The hashes of the inline scripts and styles of a page. */
export function inlineHashes(doc: Doc): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const el of elements(doc)) {
    if (el.tagName === 'script') {
      if (attr(el, 'src') !== undefined || /^application\/(ld\+)?json$/i.test(attr(el, 'type') ?? '')) continue;
      scripts.add(sha256(textContent(el)));
    } else if (el.tagName === 'style') {
      styles.add(sha256(textContent(el)));
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/**
 * A Content Security Policy meta tag with this page's hashes, right after the charset, before any
 * script or style it governs. Last: it hashes the page as it will be served.
 */
export function contentSecurityPolicy(policyFor: (hashes: InlineHashes) => string): PageStep {
  return {
    name: 'content security policy',
    run(doc, context) {
      const h = head(doc);
      if (!h) return;
      context.hashes = inlineHashes(doc);
      const meta = createElement('meta', { 'http-equiv': 'Content-Security-Policy', content: policyFor(context.hashes) });
      const charset = [...elements(h)].find((el) => el.tagName === 'meta' && attr(el, 'charset') !== undefined);
      if (charset) insertAfter(charset, meta);
      else prepend(h, meta);
    },
  };
}

/** The steps of every page before the search index reads it, in their order. */
export const beforeIndex: PageStep[] = [hoistBodyStyles, isolateBidi, preloadIslandModules];
/** The steps after it: the search page needs the index's file names; the policy hashes the final page. */
export const afterIndex = (policyFor: (hashes: InlineHashes) => string): PageStep[] => [
  preloadSearchEngine,
  contentSecurityPolicy(policyFor),
];
