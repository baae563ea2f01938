import { getCollection, getEntry } from 'astro:content';
import type { ContactData } from '../schemas/contact';
import { monthsBetween } from './contact-format';

/** Contacts older than this many months get a build warning (and show up in audit:contacts). */
export const MAX_AGE_MONTHS = 12;

let warned = false;

/** Warns once per build about contacts whose verifiedOn is more than 12 months ago. */
async function warnAboutOldContacts() {
  if (warned) return;
  warned = true;
  const today = new Date().toISOString().slice(0, 10);
  for (const entry of await getCollection('contacts')) {
    const age = monthsBetween(entry.data.verifiedOn, today);
    if (age > MAX_AGE_MONTHS) {
      console.warn(
        `[contacts] content/contacts/${entry.id}.yaml was last checked on ${entry.data.verifiedOn} (${age} months ago). ` +
          'Check it against the organisation\'s own website and update verifiedOn. Run npm run audit:contacts for the full list.',
      );
    }
  }
}

/** One contact by id; an unknown id stops the build with a message that names it. */
export async function getContact(id: string, usedBy = 'ContactCard'): Promise<ContactData> {
  await warnAboutOldContacts();
  const entry = await getEntry('contacts', id);
  if (!entry) {
    const known = (await getCollection('contacts')).map((e) => e.id).sort();
    throw new Error(
      `<${usedBy}>: there is no contact with id "${id}" in content/contacts/. Known ids: ${known.join(', ')}.`,
    );
  }
  return entry.data;
}
