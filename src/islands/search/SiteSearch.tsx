import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { countKey, excerptParts, normalizeQuery, pagefindScriptUrl, pagefindWasmUrl } from './search-logic';
import { parseKind } from '../../lib/page-kinds';
import { translator, type UiValue } from '../../i18n/text';

export interface Link {
  href: string;
  title: string;
}

export interface Props {
  /** The `search.*` UI strings of the reader's language. */
  strings: Record<string, UiValue>;
  /** The reader's language tag, for plural forms. */
  lang: string;
  /** The all-pages list: the way to every page without JavaScript or without results. */
  sitemap: Link | undefined;
  /** Help pages offered when nothing is found (get-help, help-finder). */
  help: Link[];
  /**
   * The search pages of the languages this one falls back to (English, Dutch): offered when
   * nothing is found, because some pages exist only there. Links, not a carried-over query: what
   * someone searched for never goes into an address.
   */
  others: (Link & { lang: string })[];
  /** False when no page is written in this language yet: Pagefind has no index for it. */
  available: boolean;
  /** Static HTML from the page (the Veilig Thuis contact card), shown with "nothing found". */
  children?: ComponentChildren;
}

/** The part of Pagefind's JS API we use (https://pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

interface Hit {
  url: string;
  title: string;
  kind: string;
  excerpt: string;
}

type State =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; total: number; hits: Hit[]; more: () => Promise<Hit[]> }
  | { status: 'error' };

/** Results fetched per step: each costs a fragment request (about 1.5 KB), so the first query stays small. */
const PAGE_SIZE = 5;

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind fetches its WASM only after pagefind.js and pagefind-entry.json, one round trip after
 * the other. Asking for it at the same time as pagefind.js saves a round trip on a slow network.
 * The file is named after the index language, which is the page's language (see search.spec.ts:
 * the preloaded file is the one Pagefind uses, fetched once).
 */
function preloadWasm() {
  // The build writes the WASM file Pagefind uses for this language (Ukrainian has no stemmer of
  // its own: "unknown"); asking for another would cost a round trip for a 404.
  const wasm = document.querySelector<HTMLElement>('[data-pagefind-wasm]')?.dataset['pagefindWasm'];
  const href = pagefindWasmUrl(wasm || document.documentElement.lang);
  // The built search page already asks for it in its head (src/lib/post-build/steps.ts).
  if (document.querySelector(`link[rel="preload"][href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/**
 * Pagefind's script, WASM and index entry are fetched when the search page has loaded (or the
 * field gets focus, whichever comes first), never with any other page: readers who never open the
 * search page download no index bytes, and someone who does has them by the time the query is
 * typed (on a slow phone network they take about a second).
 * The path is built at run time so Vite does not bundle it.
 */
function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ pagefindScriptUrl())) as Pagefind;
    // Pagefind's web worker (1.6 KB, one request more) unpacks the index and searches off the
    // main thread: without it, typing on the search page stalled for up to 190 ms at a time on a
    // slow phone while Pagefind loaded (Lighthouse, 4x slower CPU: blocking time 480 ms, now 150).
    // The worker's own request for the WASM is answered from the browser's cache.
    await pagefind.options({ excerptLength: 22, ranking: { metaWeights: { keywords: 3 } } });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined; // the next keystroke tries again
    throw error;
  });
  return loading;
}

async function toHit(result: { data(): Promise<PagefindResultData> }): Promise<Hit> {
  const data = await result.data();
  return { url: data.url, title: data.meta['title'] ?? data.url, kind: parseKind(data.meta['kind']), excerpt: data.excerpt };
}

function Excerpt({ html }: { html: string }) {
  return <>{excerptParts(html).map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</>;
}

function SitemapLink({ sitemap }: { sitemap: Link | undefined }) {
  return sitemap ? <a href={sitemap.href}>{sitemap.title}</a> : null;
}

/**
 * Full-text search with Pagefind's JS API in a small Preact island (Pagefind's own UI is about
 * five times the bytes and brings its own focus and announcement handling). Without JavaScript,
 * the server-rendered first state says so and links to the all-pages list.
 */
export default function SiteSearch({ strings, lang, sitemap, help, others, available, children }: Props) {
  const t = translator(strings, lang);
  const [enhanced, setEnhanced] = useState(false);
  const [state, setState] = useState<State>({ status: 'idle' });
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number>();

  // Runs only in the browser, after hydration: from here on the search box works.
  useEffect(() => {
    setEnhanced(true);
    // Someone who opens the search page came to search: load Pagefind (script, WASM, index entry)
    // as soon as the page has loaded, so a query typed or pasted at once gets its first result
    // without waiting for those round trips. The search page is the only one with this island.
    if (!available) return;
    const start = () => warmUp();
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
    return () => removeEventListener('load', start);
  }, []);

  // After "show more", focus moves to the first new result: the button may be gone, and focus
  // must not fall back to the top of the page.
  useEffect(() => {
    if (focusIndex.current === undefined) return;
    list.current?.querySelectorAll('a')[focusIndex.current]?.focus();
    focusIndex.current = undefined;
  });

  if (!enhanced || !available) {
    return (
      <p class="site-search__fallback" data-search-fallback>
        {t(available ? 'search.noScript' : 'search.unavailable')} <SitemapLink sitemap={sitemap} />
      </p>
    );
  }

  async function run(input: string) {
    const query = normalizeQuery(input);
    const ticket = ++latest.current;
    if (!query) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'searching', query });
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(query);
      const results = found?.results ?? [];
      const hits = await Promise.all(results.slice(0, PAGE_SIZE).map(toHit));
      let shown = PAGE_SIZE;
      const more = async () => {
        const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map(toHit));
        shown += PAGE_SIZE;
        return next;
      };
      if (ticket === latest.current) setState({ status: 'done', query, total: results.length, hits, more });
    } catch {
      if (ticket === latest.current) setState({ status: 'error' });
    }
  }

  function warmUp() {
    if (!loading) preloadWasm();
    loadPagefind().catch(() => {}); // a failure shows when the search runs
  }

  function onInput(event: Event) {
    const value = (event.currentTarget as HTMLInputElement).value;
    // Fetch the index part for what is typed so far during the pause below.
    const query = normalizeQuery(value);
    if (query)
      loadPagefind()
        .then((pagefind) => pagefind.preload(query))
        .catch(() => {}); // only a head start
    clearTimeout(timer.current);
    // A short pause after typing, so a screen reader announces the count once, not per letter.
    timer.current = setTimeout(() => void run(value), 250);
  }

  function onSubmit(event: Event) {
    event.preventDefault();
    clearTimeout(timer.current);
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    void run(input.value);
  }

  async function showMore() {
    if (state.status !== 'done') return;
    const next = await state.more();
    focusIndex.current = state.hits.length;
    setState({ ...state, hits: [...state.hits, ...next] });
  }

  const status =
    state.status === 'searching'
      ? t('search.loading')
      : state.status === 'done'
        ? t(countKey(state.total), { count: state.total, query: state.query })
        : state.status === 'error'
          ? t('search.error')
          : '';

  return (
    <div class="site-search">
      <form role="search" class="site-search__form" onSubmit={onSubmit} aria-label={t('search.label')}>
        <label for={`${id}-q`}>{t('search.label')}</label>
        <p class="site-search__hint" id={`${id}-hint`}>
          {t('search.hint')}
        </p>
        <div class="site-search__row">
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            autocomplete="off"
            spellcheck={false}
            enterKeyHint="search"
            aria-describedby={`${id}-hint`}
            onFocus={warmUp}
            onInput={onInput}
          />
          <button type="submit" class="button">
            {t('search.button')}
          </button>
        </div>
      </form>
      {/* Present from the start, so screen readers announce each change of the count. */}
      <p role="status" class="site-search__status" data-search-status={state.status}>
        {status}
        {state.status === 'error' && (
          <>
            {' '}
            <SitemapLink sitemap={sitemap} />
          </>
        )}
      </p>
      {state.status === 'done' && state.hits.length > 0 && (
        <>
          <ul ref={list} class="site-search__results" aria-label={t('search.results')} data-search-results>
            {state.hits.map((hit) => (
              <li class="site-search__result">
                <a href={hit.url} class="site-search__title">
                  {hit.title}
                </a>
                <span class="site-search__kind" data-kind={hit.kind}>
                  {t(`search.kind.${hit.kind}`)}
                </span>
                <p class="site-search__excerpt">
                  <Excerpt html={hit.excerpt} />
                </p>
              </li>
            ))}
          </ul>
          {state.hits.length < state.total && (
            <button type="button" class="button site-search__more" onClick={() => void showMore()}>
              {t('search.more')}
            </button>
          )}
        </>
      )}
      {state.status === 'done' && state.total === 0 && (
        <div class="site-search__help" data-search-help>
          {others.length > 0 && (
            <>
              <p>{t('search.tryOther')}</p>
              <ul data-search-other>
                {others.map((o) => (
                  <li>
                    <a href={o.href} hreflang={o.lang}>
                      {o.title}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>{t('search.noResultsHelp')}</p>
          {children}
          <ul>
            {help.map((link) => (
              <li>
                <a href={link.href}>{link.title}</a>
              </li>
            ))}
            {sitemap && (
              <li>
                <SitemapLink sitemap={sitemap} />
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
