/**
 * The self-checks from content/questionnaires, in the reader's language or the first language of
 * its fallback chain whose translation still matches the Dutch questions.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { fallbackChain, getLocale, type Locale } from '../i18n/locales';
import { questionnaireHash } from '../lib/translation';

export interface QuestionnaireText {
  /** The entry shown ("<locale>/<id>"). */
  entry: CollectionEntry<'questionnaires'>;
  /** The language its text is written in. */
  textLocale: Locale;
}

/**
 * One self-check for a reader. A translation made from another version of the Dutch questions is
 * passed over: the reader gets the next language of the chain, never questions or advice that no
 * longer match the Dutch. A missing stamp or questionnaire stops the build with the file named.
 */
export async function questionnaireFor(id: string, locale: string): Promise<QuestionnaireText> {
  const all = await getCollection('questionnaires');
  const dutch = all.find((e) => e.id === `nl/${id}`);
  for (const e of all.filter((x) => x.id.endsWith(`/${id}`) && !x.id.startsWith('nl/'))) {
    if (!e.data.translatedFrom) {
      throw new Error(`content/questionnaires/${e.id}.yaml: translatedFrom is missing (npm run i18n:stamp writes it).`);
    }
  }
  const current = dutch ? questionnaireHash(dutch.data) : '';
  const chain = fallbackChain(locale);
  const entry = chain
    .map((l) => all.find((e) => e.id === `${l}/${id}`))
    .find((e) => e !== undefined && (e.id.startsWith('nl/') || e.data.translatedFrom?.hash === current));
  if (!entry) {
    throw new Error(
      `<SelfCheck questionnaire="${id}">: there is no content/questionnaires/<language>/${id}.yaml ` +
        `for ${chain.join(', ')}. Known: ${all.map((e) => e.id).join(', ') || 'none'}.`,
    );
  }
  return { entry, textLocale: getLocale(entry.id.split('/')[0]!) };
}
