/**
 * Scoring for the self-checks ("Moet ik me zorgen maken?"). Pure functions, no DOM, no state:
 * the island keeps answers in memory and asks this module for the outcome.
 *
 * The outcome is an indication, never a verdict. The bands are chosen so that a reader is
 * never falsely reassured and never frightened without reason:
 *
 * - `danger`: any question marked `danger: true` answered "yes" (threats to kill, strangling,
 *   weapons, fear for your life, violence getting worse, a child hurt). These signs predict
 *   severe or deadly violence on their own, so no total score can outweigh them.
 * - `serious`: a score of at least {@link SERIOUS_AT} (3). Weights in the questionnaires mean:
 *   1 = a sign worth talking about (checking a phone, isolating), 2 = a clear form of violence
 *   (threats, money control, stalking, children who witness it), 3 = physical or sexual
 *   violence. So one blow or forced sex is enough on its own, and so are three signs of
 *   control together: a pattern of control ("intiem terreur" in the Regiovisie) harms as much
 *   as a blow, and Veilig Thuis advice fits both.
 * - `some`: a score of at least {@link SOME_AT} (1): one "yes", or doubt about a clear sign.
 *   Enough to talk to someone and to know where advice is.
 * - `none`: below 1. Still points to help "if things change".
 *
 * "Weet ik niet" (unsure) counts for half the weight: doubt is information, and a reader who
 * is unsure about many signs should hear where advice is. But doubt alone is not evidence:
 * without a single "yes" the outcome stops at `some` (see {@link score}). This keeps
 * "all unsure" (common for bystanders, who cannot see everything) at "talk to someone, ask
 * Veilig Thuis for advice" rather than "serious".
 *
 * Unanswered questions count as nothing; the result says how many were answered so the page
 * can say that an outcome based on few answers says little.
 */

export const answerValues = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof answerValues)[number];

/** Ordered from least to most urgent. */
export const bands = ['none', 'some', 'serious', 'danger'] as const;
export type Band = (typeof bands)[number];

/** Score from which the outcome is at least `some`. */
export const SOME_AT = 1;
/** Score from which the outcome is at least `serious`. */
export const SERIOUS_AT = 3;
/** Share of a question's weight that "unsure" adds. */
export const UNSURE_FACTOR = 0.5;

export interface ScoredQuestion {
  id: string;
  weight: number;
  danger?: boolean;
}

/** Answers by question id. Missing ids are unanswered. */
export type Answers = Readonly<Partial<Record<string, Answer>>>;

export interface Result {
  band: Band;
  /** Sum of weights of "yes" answers plus half the weights of "unsure" answers. */
  score: number;
  /** Ids of danger questions answered "yes", in questionnaire order. */
  dangerSigns: string[];
  /** Number of questions with an answer (yes, no or unsure). */
  answered: number;
  /** Number of questions in the questionnaire. */
  questionCount: number;
}

export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'string' && (answerValues as readonly string[]).includes(value);
}

/**
 * The outcome for a set of answers.
 *
 * @example
 * score([{ id: 'hit', weight: 3 }], { hit: 'yes' }).band // 'serious'
 */
export function score(questions: readonly ScoredQuestion[], answers: Answers): Result {
  let points = 0;
  let yesScore = 0;
  let answered = 0;
  const dangerSigns: string[] = [];

  for (const q of questions) {
    const answer = answers[q.id];
    if (!isAnswer(answer)) continue;
    answered += 1;
    if (answer === 'yes') {
      points += q.weight;
      yesScore += q.weight;
      if (q.danger) dangerSigns.push(q.id);
    } else if (answer === 'unsure') {
      points += q.weight * UNSURE_FACTOR;
    }
  }

  let band: Band;
  if (dangerSigns.length > 0) band = 'danger';
  else if (points >= SERIOUS_AT && yesScore > 0) band = 'serious';
  else if (points >= SOME_AT) band = 'some';
  else band = 'none';

  return { band, score: points, dangerSigns, answered, questionCount: questions.length };
}
