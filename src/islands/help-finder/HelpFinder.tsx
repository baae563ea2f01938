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
import type { JSX } from 'preact';
import { createFinder, type LookupResult, type PlaceIndexEntry, type Suggestion } from '../../lib/lookup';

/** A contact as the result shows it, already in the reader's language. */
export interface FinderContact {
  name: string;
  for: string;
  /** The language of `name`/`for` when it is not the reader's (fallback text). */
  lang?: string;
  display?: string;
  tel?: string;
  free?: boolean;
}

export interface HelpFinderProps {
  /** UI strings: the finder.* group plus contact.call and contact.free. */
  strings: Record<string, string>;
  index: PlaceIndexEntry[];
  /** Municipality page per slug, in the reader's language. */
  pages: Record<string, string>;
  /** Contact ids shown in the result, per slug. */
  keyContacts: Record<string, string[]>;
  /** Contact ids shown for a place outside the region. */
  outsideContacts: string[];
  contacts: Record<string, FinderContact>;
  /** Prefix for element ids, in case the finder is used twice on a page. */
  idPrefix?: string;
}

type Outcome = LookupResult | null;

function fill(template: string | undefined, vars: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const errorKey: Record<string, string> = {
  empty: 'finder.errorEmpty',
  unusable: 'finder.errorUnusable',
  digits: 'finder.errorDigits',
  'too-long': 'finder.errorTooLong',
  'not-found': 'finder.errorNotFound',
};

export default function HelpFinder(props: HelpFinderProps) {
  const { strings: s, index, pages, keyContacts, outsideContacts, contacts, idPrefix = 'help-finder' } = props;
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
  const error = outcome?.kind === 'invalid' ? s[errorKey[outcome.reason]!] : undefined;

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
    if (result.kind === 'invalid') input.current?.focus();
    else setFocusResult(true);
  }

  function choose(suggestion: Suggestion) {
    setValue(suggestion.label);
    run(suggestion.label);
  }

  function onSubmit(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    run(value);
  }

  function onInput(event: JSX.TargetedEvent<HTMLInputElement>) {
    setValue(event.currentTarget.value);
    setOpen(true);
    setActive(-1);
  }

  function onKeyDown(event: JSX.TargetedKeyboardEvent<HTMLInputElement>) {
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

  const count = expanded ? fill(s['finder.suggestionsCount'], { count: suggestions.length }) : '';

  return (
    <div class="hf">
      <h2 class="hf__title">{s['finder.title']}</h2>
      <p>{s['finder.intro']}</p>
      <form class="hf__form" onSubmit={onSubmit} role="search" aria-labelledby={`${ids.input}-label`}>
        <label id={`${ids.input}-label`} class="hf__label" for={ids.input}>
          {s['finder.label']}
        </label>
        <p id={ids.hint} class="hf__hint">
          {s['finder.hint']}
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
            <ul id={ids.listbox} class="hf__listbox" role="listbox" aria-label={s['finder.suggestions']} hidden={!expanded}>
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
                    {sg.label === sg.municipality
                      ? sg.label
                      : fill(s['finder.placeIn'], { place: sg.label, municipality: sg.municipality })}
                  </li>
                ))}
            </ul>
          </div>
          <button class="button hf__submit" type="submit">
            {s['finder.submit']}
          </button>
        </div>
        <div class="visually-hidden" role="status">
          {count}
        </div>
      </form>
      {outcome && outcome.kind !== 'invalid' && (
        <Result
          outcome={outcome}
          s={s}
          pages={pages}
          contactIds={outcome.kind === 'municipality' ? keyContacts[outcome.slug] ?? [] : outsideContacts}
          contacts={contacts}
          headingId={ids.result}
          headingRef={resultHeading}
        />
      )}
    </div>
  );
}

function Result(props: {
  outcome: Exclude<LookupResult, { kind: 'invalid' }>;
  s: Record<string, string>;
  pages: Record<string, string>;
  contactIds: string[];
  contacts: Record<string, FinderContact>;
  headingId: string;
  headingRef: { current: HTMLHeadingElement | null };
}) {
  const { outcome, s, pages, contactIds, contacts, headingId, headingRef } = props;
  const inRegion = outcome.kind === 'municipality';
  return (
    <section class="hf__result" data-municipality={inRegion ? outcome.slug : 'outside'} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {inRegion ? fill(s['finder.resultTitle'], { name: outcome.name }) : s['finder.outsideTitle']}
      </h3>
      <p>
        {inRegion
          ? fill(s['finder.resultMatched'], { matched: outcome.matched, name: outcome.name })
          : fill(s['finder.outsideMatched'], { matched: outcome.matched })}
      </p>
      {!inRegion && <p>{s['finder.outsideHelp']}</p>}
      <ul class="contact-list hf__contacts" role="list">
        {contactIds.map((id) => {
          const c = contacts[id];
          if (!c) return null;
          return (
            <li key={id} class="contact-card" data-contact={id}>
              <h4 class="contact-card__name" lang={c.lang}>
                {c.name}
              </h4>
              <p class="contact-card__for" lang={c.lang}>
                {c.for}
              </p>
              {c.tel && c.display && (
                <p class="contact-card__call">
                  <a class="contact-card__tel" href={`tel:${c.tel}`}>
                    {fill(s['contact.call'], { number: c.display })}
                  </a>
                  {c.free && <span>{s['contact.free']}</span>}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {inRegion && pages[outcome.slug] && (
        <p class="hf__more">
          <a href={pages[outcome.slug]}>{fill(s['finder.resultMore'], { name: outcome.name })}</a>
        </p>
      )}
    </section>
  );
}
