/**
 * Translations that stay true. A translation records the Dutch text it was made from as a short
 * hash; when the Dutch changes, the hash no longer matches and the translation is outdated: the
 * page says so and links the Dutch page, and an outdated data text (a contact's description) is
 * not shown (the reader gets the next language of the fallback chain). Pure, with no local
 * imports, so `npm run i18n:status` runs it directly with Node.
 */
import { createHash } from 'node:crypto';

export const translationStatuses = ['machine-assisted', 'reviewed'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];
export type TranslationState = 'up-to-date' | 'outdated' | 'missing';

/** A short, stable fingerprint of texts (the first 12 hex characters of their SHA-256). */
export function textHash(parts: readonly string[]): string {
  const normal = parts.map((p) => p.replace(/\r\n/g, '\n').trim());
  return createHash('sha256').update(normal.join('\u0000'), 'utf8').digest('hex').slice(0, 12);
}

/** The fingerprint of a page's text: what a translator translates (not dates, links or sources). */
export function pageHash(data: { title: string; description: string; keywords?: readonly string[] }, body: string): string {
  return textHash([data.title, data.description, (data.keywords ?? []).join(', '), body]);
}

/** The body of an MDX file: everything after its frontmatter. */
export function mdxBody(file: string): string {
  return file.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** Every Dutch text in a data file (the values under `nl:`), in the order they appear. */
export function dutchTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(dutchTexts);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'nl' && typeof v === 'string' ? [v] : dutchTexts(v)));
  }
  return [];
}

/** Every text of a questionnaire that a translator translates (not ids, topics or answer values). */
export function questionnaireTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string')
    return ['id', 'topic', 'value', 'contacts', 'pages', 'translatedFrom'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => questionnaireTexts(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'translatedFrom' || k === 'contacts' || k === 'pages' ? [] : questionnaireTexts(v, k),
    );
  }
  return [];
}

/** The languages other than Dutch that have a text somewhere in a data file. */
export function translatedLanguages(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      // A localized text: an object with an `nl` key and other language keys beside it.
      if (entries.some(([k]) => k === 'nl')) entries.forEach(([k, x]) => k !== 'nl' && typeof x === 'string' && found.add(k));
      entries.forEach(([k, x]) => k !== 'translations' && walk(x));
    }
  };
  walk(value);
  return [...found].sort();
}

/** The fingerprint of a data file's Dutch texts (in any order: fields may be reordered). */
export function dataHash(data: unknown): string {
  return textHash(dutchTexts(data).sort());
}

/** The fingerprint of a questionnaire's texts (in any order: fields may be reordered). */
export function questionnaireHash(data: unknown): string {
  return textHash(questionnaireTexts(data).sort());
}

/** The languages whose translation of a data file's texts is outdated (made from other Dutch). */
export function staleLanguages(data: { translations?: Partial<Record<string, { hash: string }>> | undefined }): string[] {
  const current = dataHash(data);
  return Object.entries(data.translations ?? {})
    .filter(([, record]) => record && record.hash !== current)
    .map(([lang]) => lang);
}

export function stateOf(recorded: string | undefined, current: string): TranslationState {
  if (!recorded) return 'missing';
  return recorded === current ? 'up-to-date' : 'outdated';
}
