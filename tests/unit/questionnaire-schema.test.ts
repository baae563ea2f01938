import { describe, expect, it } from 'vitest';
import { describeProblems, questionnaireSchema } from '../../src/schemas/questionnaire';

const outcome = (contacts = ['veilig-thuis']) => ({
  title: 'Een uitkomst',
  when: 'Als dit zo is.',
  meaning: ['Dit betekent het.'],
  steps: ['Doe dit.'],
  contacts,
});

function valid() {
  return {
    title: 'Is wat er thuis gebeurt oké?',
    intro: 'Een paar korte vragen.',
    answers: [
      { value: 'yes', label: 'Ja' },
      { value: 'no', label: 'Nee' },
      { value: 'unsure', label: 'Weet ik niet' },
    ],
    questions: Array.from({ length: 10 }, (_, i) => ({
      id: `q-${i + 1}`,
      topic: i === 9 ? 'danger' : 'control',
      text: `Vraag ${i + 1}?`,
      weight: 1,
      danger: i === 9,
    })),
    outcomes: {
      none: outcome(),
      some: outcome(),
      serious: outcome(),
      danger: outcome(['emergency-112', 'veilig-thuis']),
    },
  };
}

function problems(input: unknown): string[] {
  const result = questionnaireSchema.safeParse(input);
  return result.success ? [] : describeProblems(result.error);
}

describe('questionnaire schema', () => {
  it('accepts a complete questionnaire', () => {
    expect(problems(valid())).toEqual([]);
  });

  it('rejects an answer value that is not yes, no or unsure, and names the valid ones', () => {
    const q = valid();
    q.answers[2] = { value: 'maybe', label: 'Misschien' };
    expect(problems(q)).toEqual(['answers.2.value: an answer value must be one of: yes, no, unsure']);
  });

  it('rejects a questionnaire without the answer "no"', () => {
    const q = valid();
    q.answers.splice(1, 1);
    expect(problems(q)).toContain('answers: the answer "no" is missing');
  });

  it('names a missing outcome', () => {
    const q = valid() as { outcomes: Partial<ReturnType<typeof valid>['outcomes']> };
    delete q.outcomes.serious;
    expect(problems(q)).toEqual(['outcomes.serious: the outcome "serious" is missing']);
  });

  it('names an unknown outcome', () => {
    const q = valid() as { outcomes: Record<string, unknown> };
    q.outcomes.maybe = outcome();
    expect(problems(q).join('\n')).toMatch(/unknown outcome "maybe"; the outcomes are: none, some, serious, danger/);
  });

  it('requires 112 first in the danger outcome', () => {
    const q = valid();
    q.outcomes.danger = outcome(['veilig-thuis']);
    expect(problems(q)).toEqual(['outcomes.danger.contacts: the danger outcome must list emergency-112 first']);
  });

  it('requires every outcome to lead to a contact', () => {
    const q = valid();
    q.outcomes.none = outcome([]);
    expect(problems(q)).toEqual(['outcomes.none.contacts: every outcome must lead to help: list at least one contact']);
  });

  it('rejects a phone number typed in the text, but allows 112', () => {
    const q = valid();
    q.outcomes.some.steps = ['Bel 112 of bel 0800-2000.'];
    expect(problems(q)[0]).toMatch(/^outcomes\.some\.steps\.0: .*contains a phone number/);
    q.outcomes.some.steps = ['Bel 112 als je in gevaar bent.'];
    expect(problems(q)).toEqual([]);
  });

  it('rejects too few questions, a repeated id and a weight out of range', () => {
    const q = valid();
    q.questions = q.questions.slice(0, 9);
    expect(problems(q)).toContain('questions: a self-check needs at least 10 questions');

    const r = valid();
    r.questions[1]!.id = 'q-1';
    r.questions[2]!.weight = 5;
    expect(problems(r)).toEqual([
      'questions.2.weight: weight must be 1, 2 or 3',
      'questions: the question id "q-1" appears twice',
    ]);
  });

  it('needs at least one danger question', () => {
    const q = valid();
    q.questions[9]!.danger = false;
    expect(problems(q)).toEqual(['questions: at least one question needs `danger: true`']);
  });

  it('rejects a field it does not know, so typos are caught', () => {
    const q = { ...valid(), titel: 'x' };
    expect(problems(q).join('\n')).toMatch(/titel/);
  });
});
