import { describe, expect, it } from 'vitest';
import { chooseVoice, isFailure, primaryLanguage } from './read-aloud';

describe('the voice for reading a text aloud', () => {
  const voices = [
    { lang: 'en-US', localService: true },
    { lang: 'nl-BE', localService: true },
    { lang: 'nl-NL', localService: true, default: true },
    { lang: 'ar', localService: true },
  ];
  it('is one of the text’s language, the exact tag first, then the default', () => {
    expect(chooseVoice(voices, 'nl')?.lang).toBe('nl-NL');
    expect(chooseVoice(voices, 'nl-BE')?.lang).toBe('nl-BE');
    expect(chooseVoice(voices, 'ar')?.lang).toBe('ar');
  });
  it('is never a voice over the network, which would send the text away', () => {
    expect(chooseVoice([{ lang: 'nl-NL', localService: false }], 'nl')).toBeUndefined();
    expect(chooseVoice([{ lang: 'nl-NL' }], 'nl')).toBeUndefined();
  });
  it('is never a voice for another language', () => {
    expect(chooseVoice(voices, 'uk')).toBeUndefined();
    expect(chooseVoice([{ lang: 'en-GB', localService: true }], 'nl')).toBeUndefined();
    expect(chooseVoice([], 'nl')).toBeUndefined();
  });
  it('reads language tags written with an underscore or in capitals', () => {
    expect(primaryLanguage('nl_NL')).toBe('nl');
    expect(primaryLanguage('PT-br')).toBe('pt');
    expect(chooseVoice([{ lang: 'uk_UA', localService: true }], 'uk')?.lang).toBe('uk_UA');
  });
  it('tells a failure from a reading we stopped ourselves', () => {
    expect(isFailure('synthesis-failed')).toBe(true);
    expect(isFailure('canceled')).toBe(false);
    expect(isFailure('interrupted')).toBe(false);
    expect(isFailure(undefined)).toBe(false);
  });
});
