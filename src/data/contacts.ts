/**
 * Contacts from content/contacts, and what a card or the help finder shows of one, in the
 * reader's language.
 */
import { getCollection, getEntry } from 'astro:content';
import type { ContactData } from '../schemas/contact';
import { hostLabel, pick, type Localized } from '../lib/contact-format';
import { staleLanguages } from '../lib/translation';
import { formatDate, formatMonth } from '../lib/dates';
import { getLocale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';

let reported = false;

/** Says once per build how many contacts no editor has compared with the live website yet. */
async function reportUnchecked() {
  if (reported) return;
  reported = true;
  const all = await getCollection('contacts');
  const unchecked = all.filter((e) => !e.data.checkedOn).length;
  if (unchecked > 0) {
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
): { text: string; lang: string } {
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

/** A contact as the help finder's result shows it, already in the reader's language. */
export interface FinderContact {
  name: string;
  /** The language of `name` when it is not the reader's (Dutch service names). */
  nameLang?: string;
  for: string;
  /** The language of `for` when it is not the reader's (fallback text). */
  lang?: string;
  display?: string;
  tel?: string;
  free?: boolean;
  /** The caveat of a number from one old or unofficial source, with its source line. */
  caveat?: { text: string; lang?: string; source: SourceLine };
}

export async function finderContact(id: string, locale: string): Promise<FinderContact> {
  const c = await getContact(id, 'HelpFinder');
  const readerLang = getLocale(locale).lang;
  const name = textOf(c, c.name, locale);
  const forText = textOf(c, c.for, locale);
  const note = c.status === 'verify' && c.statusNote ? textOf(c, c.statusNote, locale) : undefined;
  return {
    name: name.text,
    ...(name.lang !== readerLang ? { nameLang: name.lang } : {}),
    for: forText.text,
    ...(forText.lang !== readerLang ? { lang: forText.lang } : {}),
    ...(c.phone ? { display: c.phone.display, tel: c.phone.tel } : {}),
    ...(c.free ? { free: true } : {}),
    ...(note
      ? { caveat: { text: note.text, ...(note.lang !== readerLang ? { lang: note.lang } : {}), source: sourceLine(c, locale) } }
      : {}),
  };
}
