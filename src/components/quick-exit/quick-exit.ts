/**
 * The quick exit, enhanced (shared/design/quick-exit.md). Without this script the exit is
 * still a plain link. Loaded on every page on its own, so it works even when other scripts
 * fail; it touches nothing else on the page until someone uses it.
 */
import { createShiftCounter } from './shift-counter';

const button = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
const bar = document.querySelector<HTMLElement>('[data-quick-exit-bar]');

if (button && bar) {
  const text = bar.dataset;
  const counter = createShiftCounter();
  let overlay: HTMLElement | undefined;
  let expireTimer = 0;
  let lastPointer = '';

  // Shift three times works from here on: say so (hidden in the HTML, where it would not work).
  document.querySelector<HTMLElement>('[data-quick-exit-hint]')?.removeAttribute('hidden');

  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'visually-hidden';
  bar.append(status);

  // Three lights on the button show how many times Shift was pressed.
  const lights = document.createElement('span');
  lights.className = 'exit-lights';
  lights.setAttribute('aria-hidden', 'true');
  lights.append(...[0, 1, 2].map(() => document.createElement('span')));
  button.append(lights);

  const showCount = (n: number) => {
    lights.dataset.count = String(n);
    [...lights.children].forEach((light, i) => light.classList.toggle('on', i < n));
  };

  const leave = (event?: Event) => {
    event?.preventDefault();
    // A page being read aloud goes silent at once, before anything else (reader.ts need not be loaded).
    window.speechSynthesis?.cancel();
    status.textContent = '';
    // Hide the page before anything else: on a slow network the next site may take a while.
    document.documentElement.classList.add('exit-hidden');
    // The tab and the app switcher show the title until the next site has loaded: make it as
    // neutral as the overlay. (An empty title would show the address, which names the topic.)
    document.title = text.loading ?? '';
    overlay = document.createElement('div');
    overlay.className = 'exit-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.append(overlay);
    // Text set after the element is in the page, so screen readers announce it reliably.
    overlay.textContent = text.loading ?? '';
    // replace, not assign: the page being left is not one Back press away.
    location.replace(button.href);
  };

  button.addEventListener('click', leave);
  document.querySelector('[data-quick-exit-skip]')?.addEventListener('click', leave);

  document.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType), true);
  const coarse = matchMedia('(hover: none) and (pointer: coarse)');

  document.addEventListener(
    'keyup',
    (e) => {
      const target = e.target;
      const editable = target instanceof Element && !!target.closest('input, textarea, select, [contenteditable]');
      const result = counter.keyup(
        { key: e.key, shiftKey: e.shiftKey, touchTyping: editable && (lastPointer === 'touch' || coarse.matches) },
        Date.now(),
      );
      if (result.type === 'ignore') return;
      clearTimeout(expireTimer);
      if (result.type === 'exit') {
        showCount(3);
        leave();
        return;
      }
      if (result.type === 'reset') {
        showCount(0);
        status.textContent = '';
        return;
      }
      showCount(3 - result.remaining);
      status.textContent = (result.remaining === 1 ? text.pressOne : text.pressTwo) ?? '';
      expireTimer = window.setTimeout(() => {
        if (counter.expire()) {
          showCount(0);
          status.textContent = text.expired ?? '';
        }
      }, 5000);
    },
    true,
  );

  const title = document.title;
  // Coming back from the back/forward cache: make the page usable again.
  addEventListener('pageshow', () => {
    document.title = title;
    document.documentElement.classList.remove('exit-hidden');
    overlay?.remove();
    overlay = undefined;
    counter.reset();
    showCount(0);
    status.textContent = '';
  });
}
