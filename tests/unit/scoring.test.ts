import { describe, expect, it } from 'vitest';
import { score, SERIOUS_AT, SOME_AT, type Answers } from '../../src/lib/scoring';
import { allAnswered, answersFor, exampleQuestions as qs } from '../../src/islands/self-check/examples';

describe('score: the four outcomes', () => {
  it('gives "none" when every answer is no', () => {
    expect(score(qs, allAnswered(qs, 'no')).band).toBe('none');
  });

  it('gives "some" for one yes on a light sign', () => {
    expect(score(qs, { ...allAnswered(qs, 'no'), phone: 'yes' }).band).toBe('some');
  });

  it('gives "serious" for one yes on physical violence alone', () => {
    expect(score(qs, { ...allAnswered(qs, 'no'), hit: 'yes' }).band).toBe('serious');
  });

  it('gives "danger" for a yes on a danger question', () => {
    expect(score(qs, { ...allAnswered(qs, 'no'), kill: 'yes' }).band).toBe('danger');
  });

  it.each(['none', 'some', 'serious', 'danger'] as const)('answersFor builds answers that reach "%s"', (band) => {
    expect(score(qs, answersFor(band, qs)).band).toBe(band);
  });
});

describe('score: edges', () => {
  it('gives "danger" for one danger sign only, with nothing else answered', () => {
    const result = score(qs, { strangle: 'yes' });
    expect(result.band).toBe('danger');
    expect(result.dangerSigns).toEqual(['strangle']);
    expect(result.answered).toBe(1);
  });

  it('gives "danger" when every answer is yes, and lists the danger signs in order', () => {
    const result = score(qs, allAnswered(qs, 'yes'));
    expect(result.band).toBe('danger');
    expect(result.dangerSigns).toEqual(['strangle', 'kill']);
    expect(result.score).toBe(15);
  });

  it('gives "some", not more, when every answer is "weet ik niet"', () => {
    const result = score(qs, allAnswered(qs, 'unsure'));
    expect(result.score).toBeGreaterThanOrEqual(SERIOUS_AT);
    expect(result.band).toBe('some');
    expect(result.dangerSigns).toEqual([]);
  });

  it('does not give "danger" for "weet ik niet" on a danger question', () => {
    expect(score(qs, { kill: 'unsure' }).band).toBe('some');
  });

  it('gives "none" with nothing answered, and says so', () => {
    const result = score(qs, {});
    expect(result).toEqual({ band: 'none', score: 0, dangerSigns: [], answered: 0, questionCount: qs.length });
  });

  it('gives "none" for an empty questionnaire', () => {
    expect(score([], {}).band).toBe('none');
  });

  it('counts "weet ik niet" as half the weight', () => {
    expect(score(qs, { money: 'unsure' }).score).toBe(1);
    expect(score(qs, { phone: 'unsure' }).score).toBe(0.5);
  });

  it(`stays "none" just below ${SOME_AT} and becomes "some" at ${SOME_AT}`, () => {
    expect(score(qs, { phone: 'unsure' }).band).toBe('none');
    expect(score(qs, { money: 'unsure' }).band).toBe('some');
  });

  it(`stays "some" just below ${SERIOUS_AT} and becomes "serious" at ${SERIOUS_AT}`, () => {
    expect(score(qs, { money: 'yes', phone: 'unsure' }).score).toBe(2.5);
    expect(score(qs, { money: 'yes', phone: 'unsure' }).band).toBe('some');
    expect(score(qs, { money: 'yes', phone: 'yes' }).band).toBe('serious');
  });

  it('counts three light signs of control together as "serious"', () => {
    const lightQs = [
      { id: 'a', weight: 1 },
      { id: 'b', weight: 1 },
      { id: 'c', weight: 1 },
    ];
    expect(score(lightQs, { a: 'yes', b: 'yes' }).band).toBe('some');
    expect(score(lightQs, { a: 'yes', b: 'yes', c: 'yes' }).band).toBe('serious');
  });

  it('reaches "serious" with one yes plus doubts', () => {
    expect(score(qs, { phone: 'yes', money: 'unsure', threats: 'unsure' }).band).toBe('serious');
  });

  it('ignores answers to unknown questions and values that are not answers', () => {
    const odd = { nope: 'yes', phone: 'maybe', friends: '' } as unknown as Answers;
    const result = score(qs, odd);
    expect(result.band).toBe('none');
    expect(result.answered).toBe(0);
  });

  it('does not change the answers it is given', () => {
    const answers = Object.freeze({ hit: 'yes' as const });
    expect(() => score(qs, answers)).not.toThrow();
  });
});

describe('answersFor: bad input', () => {
  it('says so when a questionnaire has no danger question', () => {
    expect(() => answersFor('danger', [{ id: 'a', weight: 1 }])).toThrow(/no question with danger/);
  });

  it('says so when a questionnaire cannot reach "serious"', () => {
    expect(() => answersFor('serious', [{ id: 'a', weight: 1 }])).toThrow(/less than 3/);
  });
});
