/**
 * Islands that read their data from the page's own HTML (the finder's place list, the self-check's
 * static questions) must wait until that HTML has been read to the end. On a slow network the
 * page arrives in parts, and the island's scripts (announced up front, or from the browser's
 * cache) can be ready first: reading then would find half a list.
 */
export function pageParsed(): boolean {
  return document.readyState !== 'loading';
}

/** Runs `read` once the whole page has been parsed (at once if it has); returns a cancel function. */
export function whenParsed(read: () => void): () => void {
  if (pageParsed()) {
    read();
    return () => {};
  }
  document.addEventListener('DOMContentLoaded', read, { once: true });
  return () => document.removeEventListener('DOMContentLoaded', read);
}
