/**
 * A stand-in for the browser's speech engine, for tests (Playwright and Firefox): it speaks nothing,
 * records what it is asked to say, in which language and with which voice, and lets the test end
 * an utterance. Installed before the page's own scripts run. Kept beside the reader it stands in
 * for; the site never loads it.
 */
export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

/** Runs in the page. `voiceLangs`: the languages the pretend device has voices for. */
export function installSpeechStandIn(voiceLangs: string[]) {
  type Utterance = {
    text: string;
    lang: string;
    voice: { lang: string } | null;
    onend?: (e: unknown) => void;
    onerror?: (e: { error: string }) => void;
  };
  const w = window as unknown as Record<string, unknown>;
  const spoken: { text: string; lang: string; voice: string | null }[] = [];
  let current: Utterance | null = null;
  let cancels = 0;
  const voices = voiceLangs.map((lang) => ({ lang, name: `voice ${lang}`, voiceURI: lang, localService: true, default: false }));
  class StandInUtterance {
    text: string;
    lang = '';
    voice: { lang: string } | null = null;
    onend?: (e: unknown) => void;
    onerror?: (e: { error: string }) => void;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    speaking: false,
    paused: false,
    pending: false,
    getVoices: () => voices,
    speak(u: Utterance) {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang ?? null });
      current = u;
      synth.speaking = true;
    },
    cancel() {
      cancels++;
      (w['__speechCancelled'] as (() => void) | undefined)?.();
      const u = current;
      current = null;
      synth.speaking = false;
      u?.onerror?.({ error: 'canceled' });
    },
    pause() {
      synth.paused = true;
    },
    resume() {
      synth.paused = false;
    },
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true });
  w['__speech'] = {
    spoken,
    get cancels() {
      return cancels;
    },
    get paused() {
      return synth.paused;
    },
    /** Ends the utterance being spoken, as the engine does when it has said it. */
    finish() {
      const u = current;
      current = null;
      u?.onend?.({});
    },
  };
}
