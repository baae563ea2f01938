import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeProblems, questionnaireSchema, type Questionnaire } from '../../src/schemas/questionnaire';
import { bands, score } from '../../src/lib/scoring';
import { answersFor } from '../../src/islands/self-check/examples';

const root = join(import.meta.dirname, '../../content/questionnaires');
const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, d.name)).map((f) => `${d.name}/${f}`))
  .filter((f) => f.endsWith('.yaml'));

function load(file: string): Questionnaire {
  const result = questionnaireSchema.safeParse(parse(readFileSync(join(root, file), 'utf8')));
  if (!result.success) throw new Error(`${file}:\n${describeProblems(result.error).join('\n')}`);
  return result.data;
}

/** Every sentence a reader sees, for the readability check. */
function sentences(q: Questionnaire): string[] {
  const texts = [q.title, q.intro, ...q.questions.flatMap((x) => [x.text, x.help ?? ''])];
  for (const o of Object.values(q.outcomes)) {
    texts.push(o.title, o.when, ...o.meaning, ...o.steps, ...(o.talk ?? []), ...(o.avoid ?? []));
  }
  return texts.flatMap((t) => t.split(/(?<=[.?!])\s+/)).filter((s) => s.trim() !== '');
}

const words = (s: string) =>
  s
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter(Boolean);

describe('questionnaire content', () => {
  it('has check-self and check-other in Dutch and English', () => {
    for (const f of ['nl/check-self.yaml', 'nl/check-other.yaml', 'en/check-self.yaml', 'en/check-other.yaml']) {
      expect(files).toContain(f);
    }
  });

  it.each(files)('%s passes the schema', (file) => {
    expect(() => load(file)).not.toThrow();
  });

  it.each(files)('%s can reach every outcome', (file) => {
    const q = load(file);
    for (const band of bands) expect(score(q.questions, answersFor(band, q.questions)).band).toBe(band);
  });

  it.each(files.filter((f) => !f.startsWith('nl/')))('%s scores exactly like the Dutch original', (file) => {
    const translation = load(file);
    const original = load(`nl/${file.split('/')[1]}`);
    const shape = (q: Questionnaire) => ({
      questions: q.questions.map(({ id, weight, danger }) => ({ id, weight, danger })),
      answers: q.answers.map((a) => a.value),
      contacts: bands.map((b) => q.outcomes[b].contacts),
    });
    expect(shape(translation)).toEqual(shape(original));
  });

  it.each(files.filter((f) => f.startsWith('nl/')))('%s is easy to read (B1)', (file) => {
    const all = sentences(load(file));
    const counts = all.map((s) => words(s).length);
    const average = counts.reduce((a, b) => a + b, 0) / counts.length;
    const allWords = all.flatMap(words);
    const long = allWords.filter((w) => w.replace(/-/g, '').length > 12);
    expect(average).toBeLessThanOrEqual(13);
    expect(long.length / allWords.length).toBeLessThanOrEqual(0.1);
    expect(all.filter((s) => words(s).length > 25)).toEqual([]);
  });
});
