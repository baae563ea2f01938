/**
 * The self-check island ("Moet ik me zorgen maken?"): one question per screen.
 *
 * The page's own HTML (SelfCheck.astro) lists every question and every outcome with its contact
 * cards, readable without JavaScript. This island (client:only) takes that block's place when its
 * script runs: it reuses the contact cards from it, so phone numbers are in the page once, and
 * removes it, so only the current question is in the page.
 *
 * Why one question per screen: on a 390 px phone a question with its help text and three big
 * radio buttons fills the screen, so the reader deals with one thing at a time, which is calmer
 * for someone who is frightened; "Vraag 3 van 16" then means something; the quick exit stays in
 * reach at the top without scrolling through 16 fieldsets; and someone glancing at the screen
 * sees one question, not the reader's whole set of answers. A "yes" to a danger question shows
 * the 112 and Veilig Thuis line at once, on that screen, without ending the questionnaire.
 *
 * Privacy: answers live only in this component's state. Nothing goes to the URL, storage, cookies
 * or the network; the form has autocomplete="off" so the browser does not restore radio states;
 * leaving the page (quick exit, link, reload, closing) clears the answers, also when the browser
 * keeps the page in its back/forward cache.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { score, bands, type Answer, type Band } from '../../lib/scoring';
import { translator, type UiValue } from '../../lib/text';

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
  links: { href: string; label: string; lang?: string }[];
}

export interface SelfCheckProps {
  /** Questionnaire id (check-self, check-other): prefixes radio names, finds the page's block. */
  id: string;
  title: string;
  intro: string;
  answers: { value: Answer; label: string }[];
  questions: SelfCheckQuestion[];
  outcomes: Record<Band, SelfCheckOutcome>;
  /** The `check.*` UI strings of the reader's language. */
  strings: Record<string, UiValue>;
  /** The calls a "yes" to a danger question offers at once (112, Veilig Thuis), from content/contacts. */
  dangerCalls: { tel: string; label: string }[];
  /** BCP-47 language and direction of the UI strings and of the questionnaire (differ on a fallback). */
  uiLang: string;
  textLang: string;
  uiDir: 'ltr' | 'rtl';
  textDir: 'ltr' | 'rtl';
}

/** The contact cards of each outcome, taken from the page's static block (rendered by ContactCard). */
function takeStatic(id: string): Partial<Record<Band, string>> | undefined {
  const block = document.querySelector(`[data-self-check-static][data-self-check="${id}"]`);
  if (!block) return undefined;
  const cards = Object.fromEntries(
    bands.map((band) => [
      band,
      // Under the outcome's h3 here instead of the static list's h4: the names go up a level.
      (block.querySelector(`[data-contacts-for="${band}"]`)?.innerHTML ?? '').replace(/<(\/?)h5\b/g, '<$1h4'),
    ]),
  );
  block.remove();
  return cards;
}

export default function SelfCheck(props: SelfCheckProps) {
  const { id, questions, outcomes } = props;
  const t = translator(props.strings, props.uiLang);
  const mixed = props.textLang !== props.uiLang;
  const text = mixed ? { lang: props.textLang, dir: props.textDir } : {};
  const root = mixed ? { lang: props.uiLang, dir: props.uiDir } : {};

  const [cards, setCards] = useState<Partial<Record<Band, string>>>({});
  /** -1: start screen; 0..n-1: a question; n: the outcome. */
  const [step, setStep] = useState(-1);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves only after the reader acts, never on page load.
  const moveFocus = useRef(false);

  useEffect(() => {
    setCards(takeStatic(id) ?? {});
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
  }, [id]);

  useEffect(() => {
    if (moveFocus.current) {
      moveFocus.current = false;
      heading.current?.focus();
    }
  }, [step]);

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
    setStatus(t('check.cleared'));
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    // Enter in a radio group can submit the form early: then it only moves on.
    go(step + 1);
  };

  const clearButton = (
    <button type="button" class="sc-button sc-button--quiet" data-clear onClick={clear}>
      {t('check.clear')}
    </button>
  );
  const calls = (
    <p class="sc-calls">
      {props.dangerCalls.map((c, i) => (
        <a class={i === 0 ? 'sc-call' : 'sc-call sc-call--second'} href={`tel:${c.tel}`}>
          {c.label}
        </a>
      ))}
    </p>
  );

  let screen: JSX.Element;
  if (step < 0) {
    screen = (
      <div class="sc-start">
        <h2 tabIndex={-1} ref={heading} {...text}>
          {props.title}
        </h2>
        <p {...text}>{props.intro}</p>
        <button type="button" class="sc-button sc-button--primary" data-next onClick={() => go(0)}>
          {t('check.start')}
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
              <span class="sc-count">{t('check.progress', { current: step + 1, total })}</span>{' '}
              <span {...text}>{q.text}</span>
            </h2>
          </legend>
          {q.help && (
            <p id={helpId} class="sc-help" {...text}>
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
                <span {...text}>{a.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {q.danger && answers[q.id] === 'yes' && (
          // At once, on this screen: a sign of danger needs the numbers now, not after 16 questions.
          <div class="sc-danger-now" role="alert" data-danger-now>
            <p>{t('check.dangerNow')}</p>
            {calls}
          </div>
        )}
        <div class="sc-nav">
          {last ? (
            <button type="submit" class="sc-button sc-button--primary">
              {t('check.submit')}
            </button>
          ) : (
            <button type="button" class="sc-button sc-button--primary" data-next onClick={() => go(step + 1)}>
              {t('check.next')}
            </button>
          )}
          <button type="button" class="sc-button" data-back onClick={() => go(step - 1)}>
            {t('check.back')}
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
        ? t('check.noneAnswered')
        : skipped > 0
          ? t('check.unanswered', { count: skipped, total: result.questionCount })
          : '';
    const list = (items: string[]) => (
      <ul {...text}>
        {items.map((item) => (
          <li>{item}</li>
        ))}
      </ul>
    );
    screen = (
      <div class={`sc-result sc-outcome--${result.band}`} data-result={result.band}>
        <h2 tabIndex={-1} ref={heading} {...text}>
          {outcome.title}
        </h2>
        {note && <p class="sc-note">{note}</p>}
        {result.band === 'danger' && calls}
        <div {...text}>
          {outcome.meaning.map((p) => (
            <p>{p}</p>
          ))}
        </div>
        <h3>{t('check.doNow')}</h3>
        {list(outcome.steps)}
        {outcome.talk && (
          <>
            <h3>{t('check.talk')}</h3>
            {list(outcome.talk)}
          </>
        )}
        {outcome.avoid && (
          <>
            <h3>{t('check.avoid')}</h3>
            {list(outcome.avoid)}
          </>
        )}
        {cards[result.band] && (
          <>
            <h3>{t('check.contacts')}</h3>
            {/* Our own build's contact cards, taken from this page (see takeStatic). */}
            <div class="sc-contacts" dangerouslySetInnerHTML={{ __html: cards[result.band]! }} />
          </>
        )}
        {outcome.links.length > 0 && (
          <>
            <h3>{t('check.readMore')}</h3>
            <ul>
              {outcome.links.map((l) => (
                <li>
                  <a href={l.href} lang={l.lang}>
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        <div class="sc-nav">
          <button type="button" class="sc-button" data-back onClick={() => go(total - 1)}>
            {t('check.edit')}
          </button>
          {clearButton}
        </div>
      </div>
    );
  }

  return (
    <div class="sc sc--enhanced" data-self-check={id} {...root}>
      <form class="sc-form" autoComplete="off" noValidate onSubmit={onSubmit}>
        {screen}
      </form>
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
