/**
 * Examples for the self-check, shared by the unit tests (tests/unit/scoring.test.ts) and the
 * browser tests (tests/e2e/self-check.spec.ts), so both describe the same behaviour.
 *
 * `answersFor` builds, from any questionnaire's questions, a full set of answers that reaches a
 * given outcome. The tests use it on the real content, so they keep working when editors change
 * the questions, and they fail when a questionnaire can no longer reach an outcome.
 */
import { SERIOUS_AT, SOME_AT, type Answer, type Band, type ScoredQuestion } from '../../lib/scoring';

/** A small questionnaire with every kind of question: for unit tests and documentation. */
export const exampleQuestions: ScoredQuestion[] = [
  { id: 'phone', weight: 1 },
  { id: 'friends', weight: 1 },
  { id: 'money', weight: 2 },
  { id: 'threats', weight: 2 },
  { id: 'hit', weight: 3 },
  { id: 'strangle', weight: 3, danger: true },
  { id: 'kill', weight: 3, danger: true },
];

export function allAnswered(questions: readonly ScoredQuestion[], answer: Answer): Record<string, Answer> {
  return Object.fromEntries(questions.map((q) => [q.id, answer]));
}

/**
 * A complete set of answers (every question answered, mostly "no") that reaches `band`.
 * Throws when the questionnaire cannot reach it, with the reason.
 */
export function answersFor(band: Band, questions: readonly ScoredQuestion[]): Record<string, Answer> {
  const answers = allAnswered(questions, 'no');
  const plain = questions.filter((q) => !q.danger);
  switch (band) {
    case 'none':
      return answers;
    case 'some': {
      // The lightest sign that is enough for "some" but not for "serious" on its own.
      const q = plain.find((x) => x.weight >= SOME_AT && x.weight < SERIOUS_AT);
      if (!q) throw new Error(`No question without danger has a weight from ${SOME_AT} to ${SERIOUS_AT - 1}.`);
      answers[q.id] = 'yes';
      return answers;
    }
    case 'serious': {
      // Heaviest signs first, until the score reaches SERIOUS_AT.
      let sum = 0;
      for (const q of [...plain].sort((a, b) => b.weight - a.weight)) {
        if (sum >= SERIOUS_AT) break;
        answers[q.id] = 'yes';
        sum += q.weight;
      }
      if (sum < SERIOUS_AT) throw new Error(`The questions without danger add up to less than ${SERIOUS_AT}.`);
      return answers;
    }
    case 'danger': {
      const q = questions.find((x) => x.danger);
      if (!q) throw new Error('The questionnaire has no question with danger: true.');
      answers[q.id] = 'yes';
      return answers;
    }
  }
}
