/**
 * Small pure helpers to show contact data. No Astro imports, so the islands, the audit script
 * and the unit tests can use them too.
 */
export { pick, type Localized } from './pick';
export { formatDate, monthsBetween } from './dates';

/** "https://www.veiligthuis.nl/" -> "veiligthuis.nl"; keeps a path: "middendelfland.nl/jeugdhulp". */
export function siteLabel(url: string): string {
  const match = /^https?:\/\/(?:www\.)?([^/?#]+)([^?#]*)/.exec(url);
  if (!match) return url;
  const path = match[2]!.replace(/\/$/, '');
  return match[1]! + path;
}

/** Only the host: "https://www.rijksoverheid.nl/onderwerpen/..." -> "rijksoverheid.nl". */
export function hostLabel(url: string): string {
  return siteLabel(url).split('/')[0]!;
}
