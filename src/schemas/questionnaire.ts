import { z } from 'astro/zod';
import { slug, translationRecord } from './fields';
import { describeIssues } from './errors';
import { answerValues, bands } from '../lib/scoring';

/**
 * A self-check in content/questionnaires/<locale>/<id>.yaml (ids: check-self, check-other).
 * Editors read these messages when the build stops, so they say what is wrong in plain words.
 * How weights and danger questions become an outcome: src/lib/scoring.ts.
 */

const text = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(2, `${what} is missing`)
    // Phone numbers come from content/contacts via ContactCard, so they are checked in one place.
    .refine((s) => !/\d[\d -]{3,}\d/.test(s.replace(/\b112\b/g, '')), {
      error: `${what} contains a phone number; name the contact in \`contacts:\` instead (only 112 may be written)`,
    });

const textList = (what: string) =>
  z.array(text(what), { error: `${what} must be a list of sentences` }).min(1, `${what} needs at least one line`);

export const questionTopics = [
  'control',
  'isolation',
  'threats',
  'psychological',
  'physical',
  'sexual',
  'financial',
  'stalking',
  'children',
  'danger',
] as const;

const questionSchema = z.object({
  id: slug,
  topic: z.enum(questionTopics, { error: `topic must be one of: ${questionTopics.join(', ')}` }),
  text: text('the question text'),
  help: text('the help text').optional(),
  weight: z
    .number({ error: 'weight must be 1, 2 or 3' })
    .int('weight must be 1, 2 or 3')
    .min(1, 'weight must be 1, 2 or 3')
    .max(3, 'weight must be 1, 2 or 3'),
  danger: z.boolean({ error: 'danger must be true or false' }).default(false),
});

const answerSchema = z.object({
  value: z.enum(answerValues, { error: `an answer value must be one of: ${answerValues.join(', ')}` }),
  label: text('the answer label'),
});

const contactId = slug;

const outcomeSchema = z.object({
  /** Heading of the outcome. */
  title: text('the outcome title'),
  /** When this outcome applies, for the version without JavaScript that lists every outcome. */
  when: text('`when` (when this outcome applies)'),
  /** What the outcome means: an indication, not a verdict. */
  meaning: textList('`meaning`'),
  /** What you can do now. */
  steps: textList('`steps`'),
  /** How to start a conversation with the person (check-other). */
  talk: textList('`talk`').optional(),
  /** What not to do (check-other: never confront the person who uses violence). */
  avoid: textList('`avoid`').optional(),
  /** Who to contact, by contact id, most urgent first. */
  contacts: z
    .array(contactId, { error: '`contacts` must be a list of contact ids' })
    .min(1, 'every outcome must lead to help: list at least one contact'),
  /** Pages to read next, by page id. */
  pages: z.array(slug).default([]),
});

const outcomesShape = Object.fromEntries(bands.map((band) => [band, outcomeSchema.optional()])) as Record<
  (typeof bands)[number],
  z.ZodOptional<typeof outcomeSchema>
>;

export const questionnaireSchema = z
  .object({
    /** A translation: what Dutch questionnaire it was made from (hash), its status and date. */
    translatedFrom: translationRecord
      .extend({ locale: z.literal('nl') })
      .strict()
      .optional(),
    title: text('the title'),
    /** Shown on the start screen: how many questions, that you may skip one. */
    intro: text('the intro'),
    answers: z.array(answerSchema, { error: '`answers` must be a list of { value, label }' }).superRefine((answers, ctx) => {
      const values = answers.map((a) => a.value);
      for (const needed of ['yes', 'no'] as const) {
        if (!values.includes(needed)) ctx.addIssue({ code: 'custom', message: `the answer "${needed}" is missing` });
      }
      if (new Set(values).size !== values.length) {
        ctx.addIssue({ code: 'custom', message: 'an answer value appears twice' });
      }
    }),
    questions: z
      .array(questionSchema, { error: '`questions` must be a list' })
      .min(10, 'a self-check needs at least 10 questions')
      .max(16, 'a self-check has at most 16 questions: keep it short')
      .superRefine((questions, ctx) => {
        const seen = new Set<string>();
        for (const q of questions) {
          if (seen.has(q.id)) ctx.addIssue({ code: 'custom', message: `the question id "${q.id}" appears twice` });
          seen.add(q.id);
        }
        if (!questions.some((q) => q.danger)) {
          ctx.addIssue({ code: 'custom', message: 'at least one question needs `danger: true`' });
        }
      }),
    outcomes: z
      .strictObject(outcomesShape, {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `unknown outcome ${issue.keys.map((k) => `"${k}"`).join(', ')}; the outcomes are: ${bands.join(', ')}`
            : `\`outcomes\` needs: ${bands.join(', ')}`,
      })
      .superRefine((outcomes, ctx) => {
        for (const band of bands) {
          if (!outcomes[band]) {
            ctx.addIssue({ code: 'custom', path: [band], message: `the outcome "${band}" is missing` });
          }
        }
        const danger = outcomes.danger;
        if (danger && danger.contacts[0] !== 'emergency-112') {
          ctx.addIssue({
            code: 'custom',
            path: ['danger', 'contacts'],
            message: 'the danger outcome must list emergency-112 first',
          });
        }
      })
      .transform((o) => o as Record<(typeof bands)[number], z.output<typeof outcomeSchema>>),
  })
  .strict();

export type Questionnaire = z.output<typeof questionnaireSchema>;
export type Outcome = Questionnaire['outcomes'][(typeof bands)[number]];
export type Question = Questionnaire['questions'][number];

/**
 * Every problem in one questionnaire as lines an editor can act on:
 * "outcomes.serious: the outcome "serious" is missing".
 */
export function describeProblems(error: z.ZodError): string[] {
  return describeIssues(error);
}
