/**
 * Dates as readers see them. Pure: contact cards, page ends, figures, the audit script and the
 * tests share it. Dates are ISO strings as editors write them: "2021", "2021-02" or "2021-02-10".
 */

/**
 * A date in the reader's language, as precise as it is known.
 *
 * @example formatDate('2026-11-24', 'nl') // '24 november 2026'
 * @example formatDate('2021-02', 'nl')    // 'februari 2021'
 * @example formatDate('2023', 'nl')       // '2023'
 */
export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** Only the month and year ("november 2026"): for "taken into the site in ...". */
export function formatMonth(iso: string, lang: string): string {
  return formatDate(iso.slice(0, 7), lang);
}

/** Whole months between two dates "YYYY-MM-DD" (a shorter date counts from its first day). */
export function monthsBetween(from: string, today: string): number {
  const [fy, fm = 1, fd = 1] = from.split('-').map(Number) as [number, number?, number?];
  const [ty, tm = 1, td = 1] = today.split('-').map(Number) as [number, number?, number?];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** A date of "today" as YYYY-MM-DD (UTC). */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
