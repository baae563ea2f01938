/**
 * The help finder: type a place, district or postcode, get who to call in that municipality.
 * The text field is an ARIA combobox with a listbox popup (WAI-ARIA APG "combobox with listbox",
 * list autocomplete): suggestions as you type, Up/Down to move, Enter to choose, Escape to close.
 *
 * What a resident types stays in this component's memory: the field has no `name` and the form
 * no action, so it can never end up in a URL, and nothing is stored or sent anywhere.
 * Results render data from the site (never the typed text), always as text, never as HTML.
 */
import { useMemo, useRef, useState, useEffect } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { createFinder, type LookupResult, type PlaceIndexEntry, type Suggestion } from '../../lib/lookup';
import { translator, type UiValue } from '../../i18n/text';
import ContactCardView, { type CardView } from '../../components/contact-card/ContactCardView';
import { Bidi } from '../../components/Bidi';
import { readPlaces } from './read-places';
import { pageParsed, whenParsed } from '../parsed';

/**
 * The UI strings the island uses, and only those: they travel in the page's HTML as props, and the
 * finder page must fit one round trip (the static list's own labels are rendered by the wrapper).
 */
export const finderStringKeys = [
  'finder.title',
  'finder.intro',
  'finder.label',
  'finder.hint',
  'finder.submit',
  'finder.suggestions',
  'finder.suggestionsCount',
  'finder.placeIn',
  'finder.resultTitle',
  'finder.resultMatched',
  'finder.resultMore',
  'finder.outsideTitle',
  'finder.outsideMatched',
  'finder.outsideHelp',
  'finder.ambiguous',
  'finder.errorEmpty',
  'finder.errorUnusable',
  'finder.errorDigits',
  'finder.errorTooLong',
  'finder.errorNotFound',
] as const;

export interface HelpFinderProps {
  /** UI strings: those of finderStringKeys. */
  strings: Record<string, UiValue>;
  /** The reader's language tag (plural forms) and writing direction. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The number of municipalities in the region (for "not one of the {count} municipalities"). */
  count: number;
  /** The place index; read from the page's own list when not given (readPlaces). */
  index?: PlaceIndexEntry[];
  /** Municipality page per slug, in the reader's language; read from the page's list when not given. */
  pages?: Record<string, string>;
  /** Contact ids shown in the result, per slug. */
  keyContacts: Record<string, string[]>;
  /** Contact ids shown for a place outside the region. */
  outsideContacts: string[];
  /** The compact cards a result shows (src/data/contacts.ts), by contact id. */
  contacts: Record<string, CardView>;
  /** Prefix for element ids, in case the finder is used twice on a page. */
  idPrefix?: string;
}

type Outcome = LookupResult | null;
type T = (key: string, vars?: Record<string, string | number>) => string;

const errorKey: Record<string, string> = {
  empty: 'finder.errorEmpty',
  unusable: 'finder.errorUnusable',
  digits: 'finder.errorDigits',
  'too-long': 'finder.errorTooLong',
  'not-found': 'finder.errorNotFound',
};

export default function HelpFinder(props: HelpFinderProps) {
  const { strings, lang, dir, count: regionCount, keyContacts, outsideContacts, contacts, idPrefix = 'help-finder' } = props;
  // The page's list of municipalities and places is the data (readPlaces): in the page once.
  // It is read when the page has been parsed to the end, never half (src/islands/parsed.ts).
  const [places, setPlaces] = useState(() =>
    props.index && props.pages ? { index: props.index, pages: props.pages } : pageParsed() ? readPlaces(document) : undefined,
  );
  useEffect(() => (places ? undefined : whenParsed(() => setPlaces(readPlaces(document)))), []);
  const { index, pages } = places ?? { index: [], pages: {} };
  const t: T = translator(strings, lang);
  const rtl = dir === 'rtl';
  const finder = useMemo(() => createFinder(index), [index]);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [focusResult, setFocusResult] = useState(false);

  const suggestions: Suggestion[] = useMemo(() => finder.suggest(value, 8), [finder, value]);
  const expanded = open && suggestions.length > 0;
  const ids = {
    input: `${idPrefix}-input`,
    hint: `${idPrefix}-hint`,
    error: `${idPrefix}-error`,
    listbox: `${idPrefix}-listbox`,
    option: (i: number) => `${idPrefix}-option-${i}`,
    result: `${idPrefix}-result-title`,
  };
  const error = outcome?.kind === 'invalid' ? t(errorKey[outcome.reason]!) : undefined;

  // Move focus to the result heading once it is on screen, so screen readers read it next.
  useEffect(() => {
    if (focusResult && resultHeading.current) {
      resultHeading.current.focus();
      setFocusResult(false);
    }
  }, [focusResult, outcome]);

  function run(text: string) {
    const result = finder.lookup(text);
    setOutcome(result);
    setOpen(false);
    setActive(-1);
    if (result.kind === 'invalid' || result.kind === 'ambiguous') input.current?.focus();
    else setFocusResult(true);
  }

  function choose(suggestion: Suggestion) {
    setValue(suggestion.label);
    // The suggestion names its municipality: no second lookup (a name can be in two).
    setOutcome({
      kind: 'municipality',
      slug: suggestion.slug,
      name: suggestion.municipality,
      matched: suggestion.label,
      via: 'place',
    });
    setOpen(false);
    setActive(-1);
    setFocusResult(true);
  }

  function onSubmit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    run(value);
  }

  function onInput(event: TargetedEvent<HTMLInputElement>) {
    setValue(event.currentTarget.value);
    setOpen(true);
    setActive(-1);
  }

  function onKeyDown(event: TargetedKeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(event.altKey ? -1 : 0);
        } else {
          setActive((i) => (i + 1) % suggestions.length);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(suggestions.length - 1);
        } else {
          setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
        }
        break;
      case 'Enter':
        if (expanded && active >= 0 && suggestions[active]) {
          event.preventDefault();
          choose(suggestions[active]);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value) {
          event.preventDefault();
          setValue('');
        }
        break;
      default:
        break;
    }
  }

  const count = expanded ? t('finder.suggestionsCount', { count: suggestions.length }) : '';

  // Until the place list has been read, the page's own list is what works (its room is kept).
  if (!places) return null;

  return (
    <div class="hf">
      <h2 class="hf__title">{t('finder.title')}</h2>
      <p>{t('finder.intro')}</p>
      <form class="hf__form" onSubmit={onSubmit} role="search" aria-labelledby={`${ids.input}-label`}>
        <label id={`${ids.input}-label`} class="hf__label" for={ids.input}>
          {t('finder.label')}
        </label>
        <p id={ids.hint} class="hf__hint">
          <Bidi text={t('finder.hint')} rtl={rtl} />
        </p>
        {error && (
          <p id={ids.error} class="hf__error" role="alert">
            {error}
          </p>
        )}
        <div class="hf__row">
          <div class="hf__combo">
            <input
              ref={input}
              id={ids.input}
              class="hf__input"
              type="text"
              role="combobox"
              autocomplete="off"
              autocapitalize="off"
              spellcheck={false}
              aria-autocomplete="list"
              aria-expanded={expanded ? 'true' : 'false'}
              aria-controls={ids.listbox}
              aria-activedescendant={expanded && active >= 0 ? ids.option(active) : undefined}
              aria-describedby={error ? `${ids.error} ${ids.hint}` : ids.hint}
              aria-invalid={error ? 'true' : undefined}
              value={value}
              onInput={onInput}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
              onFocus={() => value && setOpen(true)}
            />
            <ul id={ids.listbox} class="hf__listbox" role="listbox" aria-label={t('finder.suggestions')} hidden={!expanded}>
              {expanded &&
                suggestions.map((sg, i) => (
                  <li
                    id={ids.option(i)}
                    key={`${sg.slug}:${sg.label}`}
                    role="option"
                    aria-selected={i === active ? 'true' : 'false'}
                    class={i === active ? 'hf__option hf__option--active' : 'hf__option'}
                    // mousedown, not click: keeps focus in the field (no blur closing the list first).
                    onMouseDown={(e) => {
                      e.preventDefault();
                      choose(sg);
                    }}
                  >
                    <Bidi
                      text={
                        sg.label === sg.municipality
                          ? sg.label
                          : t('finder.placeIn', { place: sg.label, municipality: sg.municipality })
                      }
                      rtl={rtl}
                    />
                  </li>
                ))}
            </ul>
          </div>
          <button class="button hf__submit" type="submit">
            {t('finder.submit')}
          </button>
        </div>
        <div class="visually-hidden" role="status">
          {count}
        </div>
      </form>
      {outcome?.kind === 'ambiguous' && (
        <div class="hf__ambiguous" role="alert" data-ambiguous>
          <p>
            <Bidi
              text={t('finder.ambiguous', {
                place: outcome.matched,
                municipalities: new Intl.ListFormat(lang, { type: 'conjunction' }).format(outcome.options.map((o) => o.name)),
              })}
              rtl={rtl}
            />
          </p>
          <ul>
            {outcome.options.map((o) => (
              <li key={o.slug}>
                <a href={pages[o.slug]}>{t('finder.resultMore', { name: o.name })}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome && (outcome.kind === 'municipality' || outcome.kind === 'outside') && (
        <Result
          outcome={outcome}
          t={t}
          rtl={rtl}
          regionCount={regionCount}
          pages={pages}
          contactIds={outcome.kind === 'municipality' ? (keyContacts[outcome.slug] ?? []) : outsideContacts}
          contacts={contacts}
          headingId={ids.result}
          headingRef={resultHeading}
        />
      )}
    </div>
  );
}

function Result(props: {
  outcome: Extract<LookupResult, { kind: 'municipality' | 'outside' }>;
  t: T;
  rtl: boolean;
  regionCount: number;
  pages: Record<string, string>;
  contactIds: string[];
  contacts: Record<string, CardView>;
  headingId: string;
  headingRef: { current: HTMLHeadingElement | null };
}) {
  const { outcome, t, rtl, regionCount, pages, contactIds, contacts, headingId, headingRef } = props;
  const inRegion = outcome.kind === 'municipality';
  return (
    <section class="hf__result" data-municipality={inRegion ? outcome.slug : 'outside'} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {inRegion ? t('finder.resultTitle', { name: outcome.name }) : t('finder.outsideTitle')}
      </h3>
      <p>
        <Bidi
          text={
            inRegion
              ? t('finder.resultMatched', { matched: outcome.matched, name: outcome.name })
              : t('finder.outsideMatched', { matched: outcome.matched, count: regionCount })
          }
          rtl={rtl}
        />
      </p>
      {!inRegion && <p>{t('finder.outsideHelp')}</p>}
      <ul class="contact-list hf__contacts" role="list">
        {contactIds.map((id) => {
          const c = contacts[id];
          return c ? <ContactCardView key={id} card={c} level={4} rtl={rtl} as="li" /> : null;
        })}
      </ul>
      {inRegion && pages[outcome.slug] && (
        <p class="hf__more">
          <a href={pages[outcome.slug]}>{t('finder.resultMore', { name: outcome.name })}</a>
        </p>
      )}
    </section>
  );
}
