/**
 * The self-check island ("Moet ik me zorgen maken?").
 *
 * Two renderings from the same props:
 * - Static (the server render, and what stays when JavaScript does not run): every question as
 *   a plain list and the guidance for every outcome, so the page is readable without script.
 * - Interactive (after hydration): one question per screen.
 *
 * Why one question per screen: on a 390 px phone a question with its help text and three big
 * radio buttons fills the screen, so the reader deals with one thing at a time, which is calmer
 * for someone who is frightened; "Vraag 3 van 16" then means something; the quick exit stays in
 * reach at the top without scrolling through 16 fieldsets; and someone glancing at the screen
 * sees one question, not the reader's whole set of answers.
 *
 * Privacy: answers live only in this component's state. Nothing goes to the URL, storage, cookies
 * or the network; the form has autocomplete="off" so the browser does not restore radio states;
 * leaving the page (quick exit, link, reload, closing) clears the answers, also when the browser
 * keeps the page in its back/forward cache.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { score, type Answer, type Band } from '../../lib/scoring';

export interface SelfCheckQuestion {
  id: string;
  text: string;
  help?: string | undefined;
  weight: number;
  danger: boolean;
}

export interface SelfCheckOutcome {
  title: string;
  when: string;
  meaning: string[];
  steps: string[];
  talk?: string[] | undefined;
  avoid?: string[] | undefined;
  /** Pages to read next, already resolved to this reader's language. */
  links: { href: string; label: string }[];
}

export interface SelfCheckProps {
  /** Questionnaire id (check-self, check-other): prefixes radio names. */
  id: string;
  title: string;
  intro: string;
  answers: { value: Answer; label: string }[];
  questions: SelfCheckQuestion[];
  outcomes: Record<Band, SelfCheckOutcome>;
  /** The `check.*` UI strings of the reader's language. */
  strings: Record<string, string>;
  /** BCP-47 language of the questionnaire text and of the UI strings (differ on a fallback). */
  textLang: string;
  uiLang: string;
  /** Writing direction of each (Arabic UI strings around English text on a fallback page). */
  textDir: 'ltr' | 'rtl';
  uiDir: 'ltr' | 'rtl';
  /** Contact cards per outcome, rendered by Astro (ContactCard) and passed in as named slots. */
  contactsNone?: ComponentChildren;
  contactsSome?: ComponentChildren;
  contactsSerious?: ComponentChildren;
  contactsDanger?: ComponentChildren;
}

/** Most urgent first: the order of the outcomes in the static version. */
const staticOrder: Band[] = ['danger', 'serious', 'some', 'none'];

function fill(template: string | undefined, vars: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** True when a slot holds visible text (the contact cards may still be placeholders). */
function hasText(slot: ComponentChildren): boolean {
  const value = (slot as { props?: { value?: unknown } } | undefined)?.props?.value;
  return typeof value === 'string' && value.replace(/<[^>]*>/g, '').trim() !== '';
}

interface BodyProps {
  outcome: SelfCheckOutcome;
  contacts: ComponentChildren;
  level: 3 | 4;
  s: Record<string, string>;
  lang: string | undefined;
  dir: 'ltr' | 'rtl' | undefined;
}

function OutcomeBody({ outcome, contacts, level, s, lang, dir }: BodyProps) {
  const H = `h${level}` as 'h3' | 'h4';
  const list = (items: string[]) => (
    <ul lang={lang} dir={dir}>
      {items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
  return (
    <>
      <div lang={lang} dir={dir}>
        {outcome.meaning.map((p) => (
          <p>{p}</p>
        ))}
      </div>
      <H>{s['check.doNow']}</H>
      {list(outcome.steps)}
      {outcome.talk && (
        <>
          <H>{s['check.talk']}</H>
          {list(outcome.talk)}
        </>
      )}
      {outcome.avoid && (
        <>
          <H>{s['check.avoid']}</H>
          {list(outcome.avoid)}
        </>
      )}
      {hasText(contacts) && (
        <>
          <H>{s['check.contacts']}</H>
          <div class="sc-contacts">{contacts}</div>
        </>
      )}
      {outcome.links.length > 0 && (
        <>
          <H>{s['check.readMore']}</H>
          <ul>
            {outcome.links.map((l) => (
              <li>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export default function SelfCheck(props: SelfCheckProps) {
  const { id, questions, outcomes, strings: s } = props;
  // Only on a fallback (text in another language than the UI strings) do parts need their own
  // lang and dir, so screen readers pronounce each part in its language.
  const mixed = props.textLang !== props.uiLang;
  const textLang = mixed ? props.textLang : undefined;
  const rootLang = mixed ? props.uiLang : undefined;
  const textDir = mixed ? props.textDir : undefined;
  const rootDir = mixed ? props.uiDir : undefined;
  const contacts: Record<Band, ComponentChildren> = {
    none: props.contactsNone,
    some: props.contactsSome,
    serious: props.contactsSerious,
    danger: props.contactsDanger,
  };

  // `enhanced` is false in the server render and in the first client render, so hydration
  // matches the static HTML; the effect below then switches to the interactive version.
  const [enhanced, setEnhanced] = useState(false);
  /** -1: start screen; 0..n-1: a question; n: the outcome. */
  const [step, setStep] = useState(-1);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves only after the reader acts, never on page load.
  const moveFocus = useRef(false);

  useEffect(() => {
    setEnhanced(true);
    const clearAll = () => {
      setAnswers({});
      setStep(-1);
      setStatus('');
    };
    // pagehide: leaving by quick exit, link, reload or close. pageshow.persisted: the page came
    // back from the back/forward cache, where a snapshot of the answers could have survived.
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) clearAll();
    };
    window.addEventListener('pagehide', clearAll);
    window.addEventListener('pageshow', onShow);
    return () => {
      window.removeEventListener('pagehide', clearAll);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);

  useEffect(() => {
    if (moveFocus.current) {
      moveFocus.current = false;
      heading.current?.focus();
    }
  }, [step]);

  if (!enhanced) {
    return (
      <div class="sc sc--static" data-self-check={id} lang={rootLang} dir={rootDir}>
        <p>{s['check.staticIntro']}</p>
        <h2>{s['check.questionsHeading']}</h2>
        <ol class="sc-list" lang={textLang} dir={textDir}>
          {questions.map((q) => (
            <li data-question-id={q.id} data-danger={q.danger ? 'true' : undefined}>
              <span class="sc-list__text">{q.text}</span>
              {q.danger && (
                <>
                  {' '}
                  <strong class="sc-tag" lang={rootLang} dir={rootDir}>
                    {s['check.dangerSign']}
                  </strong>
                </>
              )}
              {q.help && <span class="sc-list__help">{q.help}</span>}
            </li>
          ))}
        </ol>
        <h2>{s['check.outcomesHeading']}</h2>
        {staticOrder.map((band) => (
          <section class={`sc-outcome sc-outcome--${band}`} data-outcome={band} aria-labelledby={`${id}-${band}`}>
            <h3 id={`${id}-${band}`} lang={textLang} dir={textDir}>
              {outcomes[band].title}
            </h3>
            <p class="sc-when" lang={textLang} dir={textDir}>
              {outcomes[band].when}
            </p>
            <OutcomeBody outcome={outcomes[band]} contacts={contacts[band]} level={4} s={s} lang={textLang} dir={textDir} />
          </section>
        ))}
      </div>
    );
  }

  const total = questions.length;
  const go = (to: number) => {
    moveFocus.current = true;
    setStatus('');
    setStep(Math.max(-1, Math.min(total, to)));
  };
  const clear = () => {
    setAnswers({});
    moveFocus.current = true;
    setStep(-1);
    setStatus(s['check.cleared'] ?? '');
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    // Enter in a radio group can submit the form early: then it only moves on.
    go(step + 1);
  };

  const clearButton = (
    <button type="button" class="sc-button sc-button--quiet" data-clear onClick={clear}>
      {s['check.clear']}
    </button>
  );

  let screen: JSX.Element;
  if (step < 0) {
    screen = (
      <div class="sc-start">
        <h2 tabIndex={-1} ref={heading} lang={textLang} dir={textDir}>
          {props.title}
        </h2>
        <p lang={textLang} dir={textDir}>{props.intro}</p>
        <button type="button" class="sc-button sc-button--primary" data-next onClick={() => go(0)}>
          {s['check.start']}
        </button>
      </div>
    );
  } else if (step < total) {
    const q = questions[step]!;
    const last = step === total - 1;
    const name = `${id}-${q.id}`;
    const helpId = `${name}-help`;
    screen = (
      <div class="sc-question" data-question-id={q.id} data-danger={q.danger ? 'true' : undefined} key={q.id}>
        <progress class="sc-bar" max={total} value={step + 1} aria-hidden="true" />
        <fieldset class="sc-fieldset" aria-describedby={q.help ? helpId : undefined}>
          <legend class="sc-legend">
            <h2 tabIndex={-1} ref={heading} class="sc-question__heading">
              <span class="sc-count">{fill(s['check.progress'], { current: step + 1, total })}</span>{' '}
              <span lang={textLang} dir={textDir}>{q.text}</span>
            </h2>
          </legend>
          {q.help && (
            <p id={helpId} class="sc-help" lang={textLang} dir={textDir}>
              {q.help}
            </p>
          )}
          <div class="sc-options">
            {props.answers.map((a) => (
              <label class="sc-option">
                <input
                  type="radio"
                  name={name}
                  value={a.value}
                  checked={answers[q.id] === a.value}
                  onChange={() => setAnswers((prev) => ({ ...prev, [q.id]: a.value }))}
                />
                <span lang={textLang} dir={textDir}>{a.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="sc-nav">
          {last ? (
            <button type="submit" class="sc-button sc-button--primary">
              {s['check.submit']}
            </button>
          ) : (
            <button type="button" class="sc-button sc-button--primary" data-next onClick={() => go(step + 1)}>
              {s['check.next']}
            </button>
          )}
          <button type="button" class="sc-button" data-back onClick={() => go(step - 1)}>
            {s['check.back']}
          </button>
        </div>
        {clearButton}
      </div>
    );
  } else {
    const result = score(questions, answers);
    const outcome = outcomes[result.band];
    const skipped = result.questionCount - result.answered;
    const note =
      result.answered === 0
        ? s['check.noneAnswered']
        : skipped > 0
          ? fill(s['check.unanswered'], { count: skipped, total: result.questionCount })
          : '';
    screen = (
      <div class={`sc-result sc-outcome--${result.band}`} data-result={result.band}>
        <h2 tabIndex={-1} ref={heading} lang={textLang} dir={textDir}>
          {outcome.title}
        </h2>
        {note && <p class="sc-note">{note}</p>}
        {result.band === 'danger' && (
          <p>
            <a class="sc-call" href="tel:112">
              {s['check.call112']}
            </a>
          </p>
        )}
        <OutcomeBody outcome={outcome} contacts={contacts[result.band]} level={3} s={s} lang={textLang} dir={textDir} />
        <div class="sc-nav">
          <button type="button" class="sc-button" data-back onClick={() => go(total - 1)}>
            {s['check.edit']}
          </button>
          {clearButton}
        </div>
      </div>
    );
  }

  return (
    <div class="sc sc--enhanced" data-self-check={id} lang={rootLang} dir={rootDir}>
      <form class="sc-form" autoComplete="off" noValidate onSubmit={onSubmit}>
        {screen}
      </form>
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
