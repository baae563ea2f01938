/**
 * One contact card, the only place its markup is written. Astro renders it to static HTML on every
 * page that shows a contact (blocks/ContactCard.astro, no JavaScript); the help finder's island
 * renders the same component in the browser for its result. What it shows comes ready in the
 * reader's language from src/data/contacts.ts (`contactCard`): this component only lays it out.
 */
import type { JSX } from 'preact';
import type { Part } from '../../i18n/text';
import type { CardText, CardView } from '../../lib/contact-card';

export type { CardText, CardView };
import { Bidi } from '../Bidi';

interface Props {
  card: CardView;
  /** Heading level of the contact's name; 3 fits a card under a page's h2. */
  level?: 2 | 3 | 4 | 5;
  /** The reader's direction: right-to-left text isolates its numbers and Latin names. */
  rtl: boolean;
  /** `li` when the card is an item of a contact list. */
  as?: 'div' | 'li';
}

/** The element attributes that mark a text's own language, only where it is not the reader's. */
const marked = (t: CardText) => (t.lang ? { lang: t.lang, dir: t.dir } : {});

function Text({ value, rtl }: { value: CardText; rtl: boolean }) {
  return <Bidi text={value.text} rtl={rtl && !value.lang} />;
}

/** Template parts, the filled-in value rendered by `value` (a number kept on one line, a link). */
function Parts({ parts, rtl, value }: { parts: Part[]; rtl: boolean; value: (v: string) => JSX.Element }) {
  return <>{parts.map((p) => (typeof p === 'string' ? <Bidi text={p} rtl={rtl} /> : value(p.value)))}</>;
}

/** A phone number: one line, left to right in every language. */
const phoneNumber = (v: string) => (
  <bdi dir="ltr" class="tel-number">
    {v}
  </bdi>
);

export default function ContactCardView({ card, level = 3, rtl, as = 'div' }: Props) {
  const Heading = `h${level}` as 'h3';
  const Wrapper = as;
  return (
    <Wrapper class="contact-card" data-contact={card.id} data-status={card.status}>
      <Heading class="contact-card__name" {...marked(card.name)}>
        <Text value={card.name} rtl={rtl} />
      </Heading>
      <p class="contact-card__for" {...marked(card.for)}>
        <Text value={card.for} rtl={rtl} />
      </p>
      {card.call && (
        <p class="contact-card__call">
          <a class="contact-card__tel" href={`tel:${card.call.tel}`}>
            <Parts parts={card.call.parts} rtl={rtl} value={phoneNumber} />
          </a>
          {card.callAlt && (
            <>
              {' '}
              <a class="contact-card__tel-alt" href={`tel:${card.callAlt.tel}`}>
                <Parts parts={card.callAlt.parts} rtl={rtl} value={phoneNumber} />
              </a>
            </>
          )}
          {card.freeAfterCall && <span> {card.freeAfterCall}</span>}
        </p>
      )}
      {card.caveat && (
        <p class="contact-card__verify">
          <strong>{card.caveat.label}:</strong>{' '}
          <span {...marked(card.caveat.text)}>
            <Text value={card.caveat.text} rtl={rtl} />
          </span>
        </p>
      )}
      {card.whatHappens && (
        <p class="contact-card__what">
          <strong>{card.whatHappens.label}:</strong>{' '}
          <span {...marked(card.whatHappens.text)}>
            <Text value={card.whatHappens.text} rtl={rtl} />
          </span>
        </p>
      )}
      {card.facts && card.facts.length > 0 && (
        <dl class="contact-card__facts">
          {card.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd {...marked(f.value)}>
                <Text value={f.value} rtl={rtl} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {card.anonymous && <p class="contact-card__anonymous">{card.anonymous}</p>}
      {card.links && card.links.length > 0 && (
        <ul class="contact-card__links">
          {card.links.map((l) => (
            <li key={l.href}>
              <a href={l.href} rel="noreferrer">
                <Bidi text={l.text} rtl={rtl} />
              </a>
            </li>
          ))}
        </ul>
      )}
      {card.source && (
        <p class="contact-card__source" data-contact-source>
          <Parts
            parts={card.source.parts}
            rtl={rtl}
            value={(v) =>
              /^https?:/.test(card.source!.href) ? (
                <a href={card.source!.href} rel="noreferrer">
                  <Bidi text={v} rtl={rtl} />
                </a>
              ) : (
                <Bidi text={v} rtl={rtl} />
              )
            }
          />
          {card.source.checked && (
            <>
              {' '}
              <span data-contact-checked>
                <Parts
                  parts={card.source.checked.parts}
                  rtl={rtl}
                  value={(v) => (
                    <a href={card.source!.checked!.href} rel="noreferrer">
                      <Bidi text={v} rtl={rtl} />
                    </a>
                  )}
                />
              </span>
            </>
          )}
        </p>
      )}
    </Wrapper>
  );
}
