/**
 * Reads the page's main text aloud with the device's own voice, block by block (heading,
 * paragraph, list item), showing the block being read. Before the first reading on a page it says
 * that others in the room may hear it. Pause, continue and stop are buttons. The quick exit cancels
 * the speech itself (quick-exit.ts), so this file need not be loaded for that to work.
 */
import strings from 'virtual:read-aloud-strings';
import { chooseVoice, isFailure } from '../../lib/read-aloud';
import { fill } from '../../i18n/text';

type State = 'idle' | 'confirming' | 'speaking' | 'paused';

const BLOCKS = 'h1, h2, h3, h4, h5, p, li, dt, dd, th, td, figcaption, blockquote, summary';
/** Not read: navigation, page tools and notices, the sources list, what is hidden or folded. */
const SKIP = '[data-read-aloud-skip], nav, .page-meta, .visually-hidden, [hidden], [aria-hidden="true"], template, script, style';

let state: State = 'idle';
let confirmed = false;
let blocks: HTMLElement[] = [];
let index = 0;
let current: HTMLElement | undefined;
let ui: ReturnType<typeof controls> | undefined;

/** The reader's texts in the page's language (the language of its menus and buttons). */
const text = strings[document.documentElement.lang] ?? Object.values(strings)[0]!;

/** The buttons besides "read aloud", made here, so pages do not carry them. */
function controls(root: HTMLElement) {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, name: string, content = '', className = 'read-aloud__button') => {
    const el = document.createElement(tag);
    el.setAttribute(`data-read-aloud-${name}`, '');
    el.className = className;
    el.textContent = content;
    if (el instanceof HTMLButtonElement) el.type = 'button';
    return el;
  };
  const panel = make('span', 'panel', '', 'read-aloud__confirm');
  const warning = make('span', 'warning', text.warning, 'read-aloud__warning');
  warning.style.flexBasis = '100%';
  const confirm = make('button', 'confirm', text.confirm);
  const cancel = make('button', 'cancel', text.cancel);
  panel.append(warning, confirm, cancel);
  const playing = make('span', 'playing', '', 'read-aloud__playing');
  const pause = make('button', 'pause', text.pause);
  const stop = make('button', 'stop', text.stop);
  playing.append(pause, stop);
  panel.hidden = playing.hidden = true;
  const status = root.querySelector<HTMLElement>('[data-read-aloud-status]')!;
  root.insertBefore(playing, status);
  root.insertBefore(panel, status);
  return {
    root,
    start: root.querySelector<HTMLButtonElement>('[data-read-aloud-start]')!,
    panel,
    confirm,
    cancel,
    playing,
    pause,
    stop,
    status,
  };
}

/** The blocks of the main text in reading order, the heading first; none inside another. */
function readableBlocks(): HTMLElement[] {
  const main = document.querySelector('main');
  if (!main) return [];
  const found: HTMLElement[] = [];
  for (const el of main.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (el.closest(SKIP) || (el.closest('details:not([open])') && el.tagName !== 'SUMMARY')) continue;
    if (found.some((f) => f.contains(el))) continue;
    if (!el.innerText.trim() || el.getClientRects().length === 0) continue;
    found.push(el);
  }
  return found;
}

const langOf = (el: Element) => el.closest<HTMLElement>('[lang]')?.lang ?? document.documentElement.lang;

/** The device's voices; some browsers fill the list only after a moment. */
function voices(): Promise<SpeechSynthesisVoice[]> {
  const now = speechSynthesis.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(speechSynthesis.getVoices());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

function mark(el: HTMLElement | undefined) {
  current?.classList.remove('read-aloud-current');
  current = el;
  if (el) {
    el.classList.add('read-aloud-current');
    el.scrollIntoView({ block: 'nearest' });
  }
}

function show(next: State) {
  state = next;
  if (!ui) return;
  ui.start.hidden = next === 'speaking' || next === 'paused';
  ui.panel.hidden = next !== 'confirming';
  ui.playing.hidden = !(next === 'speaking' || next === 'paused');
  ui.pause.textContent = next === 'paused' ? text.resume : text.pause;
}

function say(text: string) {
  if (ui) ui.status.textContent = text;
}

function stop(message = '') {
  speechSynthesis.cancel();
  mark(undefined);
  show('idle');
  say(message);
}

async function speakNext(available: SpeechSynthesisVoice[]) {
  while (index < blocks.length && state === 'speaking') {
    const el = blocks[index]!;
    const voice = chooseVoice(available, langOf(el));
    // A block in a language this device has no voice for is passed over, never read wrongly.
    if (!voice) {
      index++;
      continue;
    }
    mark(el);
    const utterance = new SpeechSynthesisUtterance(el.innerText);
    utterance.lang = langOf(el);
    utterance.voice = voice;
    const ended = await new Promise<string | undefined>((resolve) => {
      utterance.onend = () => resolve(undefined);
      utterance.onerror = (e) => resolve(e.error);
      speechSynthesis.speak(utterance);
    });
    if (isFailure(ended)) return stop(text.failed);
    if (state !== 'speaking' && state !== 'paused') return;
    index++;
  }
  if (state === 'speaking') stop(text.done);
}

async function begin() {
  const available = await voices();
  const main = document.querySelector('main');
  // The text's own language decides: no voice for it, no reading.
  if (!chooseVoice(available, main ? langOf(main) : document.documentElement.lang)) {
    show('idle');
    // The text's language named in the reader's language: "geen stem voor het Nederlands".
    const textLang = main ? langOf(main) : document.documentElement.lang;
    const language = new Intl.DisplayNames([document.documentElement.lang], { type: 'language' }).of(textLang) ?? textLang;
    say(fill(text.noVoice, { language }));
    return;
  }
  blocks = readableBlocks();
  index = 0;
  speechSynthesis.cancel();
  // The button that was pressed is hidden now: keyboard focus moves on to pause.
  const pressed = document.activeElement === ui?.confirm || document.activeElement === ui?.start;
  show('speaking');
  if (pressed) ui?.pause.focus();
  say('');
  await speakNext(available);
}

/** On each press of the start button. */
function onStart(root: HTMLElement) {
  if (!ui) {
    ui = controls(root);
    ui.confirm.addEventListener('click', () => {
      confirmed = true;
      void begin();
    });
    ui.cancel.addEventListener('click', () => {
      show('idle');
      ui?.start.focus();
    });
    ui.pause.addEventListener('click', () => {
      if (state === 'speaking') {
        speechSynthesis.pause();
        show('paused');
      } else if (state === 'paused') {
        speechSynthesis.resume();
        show('speaking');
      }
    });
    ui.stop.addEventListener('click', () => {
      stop();
      ui?.start.focus();
    });
    // Leaving the page (or the quick exit) ends the voice.
    addEventListener('pagehide', () => stop());
  }
  if (state !== 'idle') return;
  if (confirmed) {
    void begin();
    return;
  }
  show('confirming');
  ui.confirm.focus();
}

// Loaded by the first press of the start button (read-aloud.ts): answer that press, then every next one.
const root = document.querySelector<HTMLElement>('[data-read-aloud]');
if (root) {
  root.querySelector('[data-read-aloud-start]')?.addEventListener('click', () => onStart(root));
  onStart(root);
}
