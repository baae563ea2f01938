/**
 * Shows the read-aloud control where the browser can speak, and loads the reader when asked.
 * Small and inline on every page; the reader itself (reader.ts) is fetched on the first press,
 * so a page that is never read aloud costs no more than this.
 */
const root = document.querySelector<HTMLElement>('[data-read-aloud]');
if (root && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window) {
  root.hidden = false;
  const start = root.querySelector<HTMLButtonElement>('[data-read-aloud-start]')!;
  // The reader answers this first press itself, and every press after it. Imported by address,
  // not by name: a script that imports another is not inlined in the page, and this one must cost
  // every page no request of its own.
  start.addEventListener('click', () => void import(/* @vite-ignore */ root.dataset.reader!), { once: true });
}
