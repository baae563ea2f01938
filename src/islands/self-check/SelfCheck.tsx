/**
 * The self-check island ("Moet ik me zorgen maken?"): one question per screen.
 *
 * The page's own HTML (SelfCheck.astro) holds the whole self-check, readable without JavaScript:
 * the title, every question (with its weight and danger mark) and every outcome with its contact
 * cards. This island (client:only) reads it (readStatic), takes its place, and shows one question
 * at a time; the outcome screen reuses the outcome's own HTML. So every text and every phone
 * number is in the page once, and the page works before its script arrives.
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
import { translator, type Part, type UiValue } from '../../i18n/text';
import { whenParsed } from '../parsed';

export interface SelfCheckProps {
  /** Questionnaire id (check-self, check-other): prefixes radio names, finds the page's block. */
  id: string;
  answers: { value: Answer; label: string }[];
  /** The `check.*` UI strings of the reader's language. */
  strings: Record<string, UiValue>;
  /** The calls a "yes" to a danger question offers at once (112, Veilig Thuis), from content/contacts. */
  /** The call buttons a danger answer shows: the label cut around the number (kept on one line). */
  dangerCalls: { tel: string; label: Part[] }[];
  /** BCP-47 language and direction of the UI strings and of the questionnaire (differ on a fallback). */
  uiLang: string;
  textLang: string;
  uiDir: 'ltr' | 'rtl';
  textDir: 'ltr' | 'rtl';
}

interface Question {
  id: string;
  text: string;
  help?: string | undefined;
  weight: number;
  danger: boolean;
}

interface Static {
  title: string;
  intro: string;
  questions: Question[];
  /** Per outcome: its title and its body as the page rendered it (meaning, steps, contact cards). */
  outcomes: Partial<Record<Band, { title: string; html: string }>>;
}

/** Reads the self-check from the page's static block, then removes the block. */
function readStatic(id: string): Static | undefined {
  const block = document.querySelector(`[data-self-check-static][data-self-check="${id}"]`);
  if (!block) return undefined;
  const text = (el: Element | null) => el?.textContent?.trim() ?? '';
  const questions = [...block.querySelectorAll<HTMLElement>('[data-question-id]')].map((li) => ({
    id: li.dataset['questionId']!,
    text: text(li.querySelector('.sc-list__text')),
    help: text(li.querySelector('.sc-list__help')) || undefined,
    weight: Number(li.dataset['weight'] ?? 1),
    danger: li.dataset['danger'] === 'true',
  }));
  const outcomes: Static['outcomes'] = {};
  for (const band of bands) {
    const section = block.querySelector(`[data-outcome="${band}"]`);
    if (!section) continue;
    outcomes[band] = {
      title: text(section.querySelector('h3')),
      // On the outcome screen the title is an h2: the headings under it go up a level.
      html: (section.querySelector('[data-outcome-body]')?.innerHTML ?? '')
        .replace(/<(\/?)h4\b/g, '<$1h3')
        .replace(/<(\/?)h5\b/g, '<$1h4'),
    };
  }
  const result = {
    title: text(block.querySelector('[data-sc-title]')),
    intro: text(block.querySelector('[data-sc-intro]')),
    questions,
    outcomes,
  };
  block.remove();
  return result;
}

export default function SelfCheck(props: SelfCheckProps) {
  const { id } = props;
  const t = translator(props.strings, props.uiLang);
  const mixed = props.textLang !== props.uiLang;
  const text = mixed ? { lang: props.textLang, dir: props.textDir } : {};
  const root = mixed ? { lang: props.uiLang, dir: props.uiDir } : {};

  const [data, setData] = useState<Static | undefined>(undefined);
  /** -1: start screen; 0..n-1: a question; n: the outcome. */
  const [step, setStep] = useState(-1);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves only after the reader acts, never on page load.
  const moveFocus = useRef(false);

  useEffect(() => {
    // Read when the page has been parsed to the end: never half the questions (../parsed.ts).
    const stopWaiting = whenParsed(() => setData(readStatic(id)));
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
      stopWaiting();
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

  // The page's own block stays until it has been read (and if it cannot be, it simply stays).
  if (!data) return null;
  const { questions, outcomes } = data;
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
          {c.label.map((p) =>
            typeof p === 'string' ? (
              p
            ) : (
              <bdi dir="ltr" class="tel-number">
                {p.value}
              </bdi>
            ),
          )}
        </a>
      ))}
    </p>
  );

  let screen: JSX.Element;
  if (step < 0) {
    screen = (
      <div class="sc-start">
        <h2 tabIndex={-1} ref={heading} {...text}>
          {data.title}
        </h2>
        <p {...text}>{data.intro}</p>
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
              <span class="sc-count">{t('check.progress', { current: step + 1, total })}</span> <span {...text}>{q.text}</span>
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
    screen = (
      <div class={`sc-result sc-outcome--${result.band}`} data-result={result.band}>
        <h2 tabIndex={-1} ref={heading} {...text}>
          {outcome?.title}
        </h2>
        {note && <p class="sc-note">{note}</p>}
        {result.band === 'danger' && calls}
        {/* The outcome's own text and contact cards, as this page's HTML has them (readStatic). */}
        <div class="sc-result__body" dangerouslySetInnerHTML={{ __html: outcome?.html ?? '' }} />
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
