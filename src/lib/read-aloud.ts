/**
 * Choices made when the page is read aloud by the device (src/components/read-aloud/reader.ts).
 * Pure, so they are unit-tested without a browser.
 */

/** What the reader needs of a speech-synthesis voice. */
export interface VoiceLike {
  lang: string;
  localService?: boolean;
  default?: boolean;
}

/** The primary language of a tag, lower case: "pt-BR" -> "pt", "nl_NL" -> "nl". */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The voice to read a text in language `lang`: a voice on the device itself, of that language.
 * Never a network voice (some browsers offer voices that send the text to a server: the privacy
 * page promises the text goes nowhere), never one of another language (a Dutch text read with an
 * English voice is not understood and misleads). Preferred: the exact tag, then the default.
 *
 * @example chooseVoice([{ lang: 'en-US', localService: true }, { lang: 'nl-NL', localService: true }], 'nl') // { lang: 'nl-NL', … }
 * @example chooseVoice([{ lang: 'nl-NL', localService: false }], 'nl') // undefined
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = primaryLanguage(lang);
  const same = voices.filter((v) => v.localService === true && primaryLanguage(v.lang) === wanted);
  const score = (v: V) => (v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase() ? 2 : 0) + (v.default ? 1 : 0);
  return [...same].sort((a, b) => score(b) - score(a))[0];
}

/** Whether an error event of an utterance means it failed, not that we stopped it ourselves. */
export function isFailure(error: string | undefined): boolean {
  return !!error && error !== 'interrupted' && error !== 'canceled';
}
