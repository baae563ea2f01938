/**
 * What a contact card shows, ready in the reader's language: made on the server by
 * src/data/contacts.ts (contactCard), laid out by src/components/contact-card/ContactCardView.tsx,
 * in static pages and in the help finder's island alike. Types only.
 */
import type { Part } from '../i18n/text';

/** A text, with its language and direction when they differ from the reader's. */
export interface CardText {
  text: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export interface CardView {
  id: string;
  status: string;
  name: CardText;
  for: CardText;
  /** "Bel {number}" cut around the number, with the number's link. */
  call?: { tel: string; parts: Part[] };
  callAlt?: { tel: string; parts: Part[] };
  /** "Gratis" after the number (compact cards, which have no facts list). */
  freeAfterCall?: string;
  /** A note on a number from one old or unofficial source, with its label ("Let op"). */
  caveat?: { label: string; text: CardText };
  whatHappens?: { label: string; text: CardText };
  /** Label and value pairs: opening hours, chat hours, cost. */
  facts?: { label: string; value: CardText }[];
  anonymous?: string;
  links?: { href: string; text: string }[];
  /** Where the facts come from, with the source's link, and a live check only if an editor did one. */
  source?: { parts: Part[]; href: string; checked?: { parts: Part[]; href: string } };
}
