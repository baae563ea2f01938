import { describe, expect, it } from 'vitest';
import { formatHours, formatTime } from '../../src/lib/hours';
import { translator } from '../../src/i18n/text';
import nl from '../../content/ui/nl.json';
import en from '../../content/ui/en.json';
import ar from '../../content/ui/ar.json';

describe('opening hours, written once and shown per language', () => {
  const tNl = translator(nl, 'nl');
  it('says day and night for "always"', () => {
    expect(formatHours('always', 'nl', tNl)).toBe('24 uur per dag, 7 dagen per week');
  });
  it('writes weekdays and times the Dutch way', () => {
    expect(formatHours({ days: 'weekdays', from: '09:00', to: '17:00' }, 'nl', tNl)).toBe(
      'maandag tot en met vrijdag, van 9:00 tot 17:00 uur',
    );
  });
  it('writes the same hours the English way', () => {
    expect(formatHours({ days: 'daily', from: '09:00', to: '18:00', usually: true }, 'en', translator(en, 'en'))).toBe(
      'Usually every day, 9:00 AM to 6:00 PM',
    );
  });
  it('keeps Latin digits on an Arabic page, as phone numbers are', () => {
    expect(formatTime('08:30', 'ar')).toMatch(/^8:30/);
    expect(formatHours({ days: 'weekdays', from: '08:30', to: '12:30' }, 'ar', translator(ar, 'ar'))).toMatch(/8:30.*12:30/);
  });
});
