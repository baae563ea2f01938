/**
 * Opening hours as data, written once in a contact file and shown in every language: a time that
 * changes is changed in one place, never left standing in a translation. Pure.
 *
 * @example formatHours({ days: 'weekdays', from: '09:00', to: '17:00' }, 'nl', t) // 'maandag tot en met vrijdag, 09:00 tot 17:00 uur'
 */
export type Hours = 'always' | { days: 'daily' | 'weekdays'; from: string; to: string; usually?: boolean | undefined };

type HoursKey = 'hours.always' | 'hours.daily' | 'hours.weekdays' | 'hours.range' | 'hours.usually' | 'hours.midnight';
type T = (key: HoursKey, vars?: Record<string, string | number>) => string;

/** A time "09:00" in the reader's language, always with Latin digits (as phone numbers are). */
export function formatTime(hhmm: string, lang: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 5, h === 24 ? 0 : h!, m ?? 0)),
  );
}

export function formatHours(hours: Hours, lang: string, t: T): string {
  if (hours === 'always') return t('hours.always');
  const text = t('hours.range', {
    days: t(hours.days === 'daily' ? 'hours.daily' : 'hours.weekdays'),
    from: formatTime(hours.from, lang),
    to: hours.to === '24:00' ? t('hours.midnight') : formatTime(hours.to, lang),
  });
  return hours.usually ? t('hours.usually', { hours: text }) : text;
}
