/**
 * A built page as a tree, for the steps that change pages after the build
 * (src/integrations/post-build.ts). parse5 parses HTML as browsers do (the WHATWG algorithm), so
 * a `>` inside an attribute or a `<` in a script is what a browser would make of it, and each step
 * works on elements and text, not on patterns in a string. Pure: no files are read here.
 */
import { defaultTreeAdapter as tree, parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';

export type Doc = T.Document;
export type Element = T.Element;
export type TextNode = T.TextNode;
export type ParentNode = T.ParentNode;
export type ChildNode = T.ChildNode;

export const parseHtml = (html: string): Doc => parse(html);
export const serializeHtml = (doc: Doc): string => serialize(doc);

export function isElement(node: T.Node): node is Element {
  return 'tagName' in node;
}
export function isText(node: T.Node): node is TextNode {
  return node.nodeName === '#text';
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}
export function setAttr(el: Element, name: string, value: string): void {
  const found = el.attrs.find((a) => a.name === name);
  if (found) found.value = value;
  else el.attrs.push({ name, value });
}

/** The element's children, and for a <template> its content's. */
function childrenOf(node: T.ParentNode): T.ChildNode[] {
  return node.nodeName === 'template' ? (node as T.Template).content.childNodes : node.childNodes;
}

/** Every element under `root`, in document order. */
export function* elements(root: T.ParentNode): Generator<Element> {
  for (const child of childrenOf(root)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

export function find(root: T.ParentNode, test: (el: Element) => boolean): Element | undefined {
  for (const el of elements(root)) if (test(el)) return el;
  return undefined;
}
export const byTag = (root: T.ParentNode, tag: string) => find(root, (el) => el.tagName === tag);

/** All text under a node, as a browser's textContent. */
export function textContent(node: T.Node): string {
  if (isText(node)) return node.value;
  if (!('childNodes' in node)) return '';
  return childrenOf(node as T.ParentNode)
    .map((c) => textContent(c))
    .join('');
}

/** A new element; `children` may be text. */
export function createElement(tag: string, attrs: Record<string, string> = {}, children: (string | Element)[] = []): Element {
  const el = tree.createElement(
    tag,
    'http://www.w3.org/1999/xhtml' as never,
    Object.entries(attrs).map(([name, value]) => ({ name, value })),
  );
  for (const c of children) {
    if (typeof c === 'string') tree.insertText(el, c);
    else tree.appendChild(el, c);
  }
  return el;
}

export function createText(value: string): TextNode {
  const holder = tree.createElement('span', 'http://www.w3.org/1999/xhtml' as never, []);
  tree.insertText(holder, value);
  const text = holder.childNodes[0] as TextNode;
  tree.detachNode(text);
  return text;
}

export function append(parent: Element, child: ChildNode): void {
  tree.detachNode(child);
  tree.appendChild(parent, child);
}

/** Puts `nodes` where `old` was (in order) and detaches `old`. */
export function replaceWith(old: ChildNode, nodes: ChildNode[]): void {
  const parent = old.parentNode;
  if (!parent) return;
  for (const n of nodes) tree.insertBefore(parent, n, old);
  tree.detachNode(old);
}

/** Inserts `child` right after `ref` in ref's parent. */
export function insertAfter(ref: ChildNode, child: ChildNode): void {
  const parent = ref.parentNode;
  if (!parent) return;
  const siblings = childrenOf(parent);
  const next = siblings[siblings.indexOf(ref) + 1];
  if (next) tree.insertBefore(parent, child, next);
  else tree.appendChild(parent, child);
}

/** Inserts `child` as the first child of `parent`. */
export function prepend(parent: Element, child: ChildNode): void {
  const first = childrenOf(parent)[0];
  if (first) tree.insertBefore(parent, child, first);
  else tree.appendChild(parent, child);
}
