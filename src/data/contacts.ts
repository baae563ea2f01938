/**
 * Contacts from content/contacts, and what a card or the help finder shows of one, in the
 * reader's language.
 */
import { getCollection, getEntry } from 'astro:content';
import type { ContactData } from '../schemas/contact';
import { hostLabel, pick, siteLabel, type Localized } from '../lib/contact-format';
import { formatHours } from '../lib/hours';
import { fillParts } from '../i18n/text';
import type { CardText, CardView } from '../lib/contact-card';
import { staleLanguages } from '../lib/translation';
import type { Picked } from '../lib/pick';
import { formatDate, formatMonth } from '../lib/dates';
import { getLocale } from '../i18n/locales';
import { useTranslations } from './translate';

let reported = false;

/** Says once per build how many contacts no editor has compared with the live website yet. */
async function reportUnchecked() {
  if (reported) return;
  reported = true;
  const all = await getCollection('contacts');
  const unchecked = all.filter((e) => !e.data.checkedOn).length;
  if (unchecked > 0) {
    // The build's own logger is not reachable from a data module; this line is for editors.
    // eslint-disable-next-line no-console
    console.info(
      `[contacts] ${unchecked} of ${all.length} contacts are not yet compared with the organisation's own website: npm run audit:contacts lists them, oldest source first.`,
    );
  }
}

/** One contact by id; an unknown id stops the build with a message that names it. */
export async function getContact(id: string, usedBy = 'ContactCard'): Promise<ContactData> {
  await reportUnchecked();
  const entry = await getEntry('contacts', id);
  if (!entry) {
    const known = (await getCollection('contacts')).map((e) => e.id).sort();
    throw new Error(`<${usedBy}>: there is no contact with id "${id}" in content/contacts/. Known ids: ${known.join(', ')}.`);
  }
  return entry.data;
}

/**
 * A text of a data file (contact or municipality) in the reader's language, passing over a
 * translation that is outdated because the Dutch changed since it was made.
 */
export function textOf(
  data: { translations?: Partial<Record<string, { hash: string }>> | undefined },
  value: string | Localized,
  locale: string,
): Picked {
  return pick(value, locale, staleLanguages(data));
}

/** Where a contact's facts come from, as the card's one plain line says it. */
export interface SourceLine {
  /** The first (most official) source: its address and the site's name. */
  href: string;
  site: string;
  /** Its date in the reader's language, or the word for "undated". */
  date: string;
  /** The month the fact was taken into the site. */
  taken: string;
  /** Only when an editor compared the contact with the organisation's own website. */
  checked?: { date: string; href: string; site: string };
}

export function sourceLine(c: ContactData, locale: string): SourceLine {
  const lang = getLocale(locale).lang;
  const t = useTranslations(locale);
  const first = c.source[0]!;
  return {
    href: first.url,
    site: /^https?:/.test(first.url) ? hostLabel(first.url) : first.url,
    date: first.date === 'undated' ? t('contact.undated') : formatDate(first.date, lang),
    taken: formatMonth(c.takenOn, lang),
    ...(c.checkedOn && c.checkedAt
      ? { checked: { date: formatDate(c.checkedOn, lang), href: c.checkedAt, site: hostLabel(c.checkedAt) } }
      : {}),
  };
}

/**
 * What a contact card shows (src/components/contact-card/ContactCardView.tsx), in the reader's
 * language: only what the data holds, an unknown fact left out, never guessed. "Checked" only when
 * an editor compared the contact with the organisation's own website (`checkedOn`). A compact
 * card (the help finder's result) has the name, what it is for, the number and, for a number from
 * one old or unofficial source, its caveat with the source.
 */
export async function contactCard(
  id: string,
  locale: string,
  { compact = false, usedBy = 'ContactCard' } = {},
): Promise<CardView> {
  const c = await getContact(id, usedBy);
  const t = useTranslations(locale);
  const reader = getLocale(locale);
  /** A text in the reader's language; lang and dir only where it is in another one. */
  const text = (value: string | Localized): CardText => {
    const found = textOf(c, value, locale);
    return found.lang === reader.lang ? { text: found.text } : { text: found.text, lang: found.lang, dir: found.dir };
  };
  const own = (value: string): CardText => ({ text: value });
  const caveat = c.status === 'verify' && c.statusNote ? { label: t('contact.caveat'), text: text(c.statusNote) } : undefined;
  const source = sourceLine(c, locale);
  const sourceParts = {
    parts: fillParts(t('contact.source', { date: source.date, taken: source.taken }), { source: source.site }),
    href: source.href,
    ...(source.checked
      ? {
          checked: {
            parts: fillParts(t('contact.checked', { date: source.checked.date }), { site: source.checked.site }),
            href: source.checked.href,
          },
        }
      : {}),
  };
  const call = c.phone && { tel: c.phone.tel, parts: fillParts(t('contact.call'), { number: c.phone.display }) };
  const base = {
    id,
    status: c.status,
    name: text(c.name),
    for: text(c.for),
    ...(call ? { call } : {}),
    ...(caveat ? { caveat } : {}),
  };
  if (compact) {
    return {
      ...base,
      ...(c.free && call ? { freeAfterCall: t('contact.free') } : {}),
      ...(caveat ? { source: sourceParts } : {}),
    };
  }
  // Hours are data, formatted in the reader's language (src/lib/hours.ts).
  const hoursFor = c.hoursFor && text(c.hoursFor);
  const facts: CardView['facts'] = [];
  if (c.hours) {
    const hours = formatHours(c.hours, reader.lang, t);
    facts.push({
      label: t('contact.hoursLabel'),
      value: hoursFor ? { ...hoursFor, text: `${hoursFor.text}: ${hours}` } : own(hours),
    });
  } else if (c.conflicts.some((x) => x.field === 'hours')) {
    facts.push({ label: t('contact.hoursLabel'), value: own(t('contact.hoursConflict')) });
  }
  if (c.chat?.hours) {
    facts.push({
      label: t('contact.chatHoursLabel'),
      value: own(`${formatHours(c.chat.hours, reader.lang, t)}.${c.chat.anonymous ? ` ${t('contact.chatAnonymous')}` : ''}`),
    });
  }
  const free = c.free === true ? t('contact.free') : c.free === false ? t('contact.notFree') : undefined;
  if (c.cost) facts.push({ label: t('contact.costLabel'), value: text(c.cost) });
  else if (free) facts.push({ label: t('contact.costLabel'), value: own(free) });
  const links: CardView['links'] = [];
  if (c.chat) links.push({ href: c.chat.url, text: t('contact.chat', { site: siteLabel(c.chat.url) }) });
  if (c.website && c.website !== c.chat?.url)
    links.push({ href: c.website, text: t('contact.website', { site: siteLabel(c.website) }) });
  return {
    ...base,
    ...(c.phoneAlt
      ? { callAlt: { tel: c.phoneAlt.tel, parts: fillParts(t('contact.alsoCall'), { number: c.phoneAlt.display }) } }
      : {}),
    ...(c.whatHappens ? { whatHappens: { label: t('contact.whatHappens'), text: text(c.whatHappens) } } : {}),
    facts,
    ...(c.anonymous ? { anonymous: t('contact.anonymous') } : {}),
    links,
    source: sourceParts,
  };
}
