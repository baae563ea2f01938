/**
 * What the site says about its own facts must be true (issue "True and safe"): a contact card says
 * "checked" only for a contact an editor compared with the organisation's own website
 * (`checkedOn`), in every language; every card says where its facts come from and how old that is.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtHtml } from '../support/dist';
import { contentDir } from '../support/content';
import { localeCodes } from '../../src/i18n/locales';

const built = builtHtml();
const contacts = Object.fromEntries(
  readdirSync(join(contentDir, 'contacts'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.slice(0, -5), parse(readFileSync(join(contentDir, 'contacts', f), 'utf8')) as { checkedOn?: unknown }]),
);
const checked = new Set(Object.entries(contacts).filter(([, c]) => c.checkedOn).map(([id]) => id));
const textOf = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');

/** Each language's "compared with the live site on {date}" line, as a pattern: its words, any date and site. */
const claims = localeCodes.map((code) => {
  const template = (JSON.parse(readFileSync(join(contentDir, 'ui', `${code}.json`), 'utf8')) as Record<string, string>)['contact.checked']!;
  const words = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return { code, pattern: new RegExp(words.join('[^.]{1,60}?')) };
});

describe('claims of checking', () => {
  it("each language's pattern finds its own claim, and not a sentence about the policy", () => {
    const nl = claims.find((c) => c.code === 'nl')!.pattern;
    expect(nl.test('Op 30 november 2026 vergeleken met politie.nl.')).toBe(true);
    expect(nl.test('Heeft een redacteur een nummer vergeleken met de website van de organisatie zelf? Dan staat die datum erbij.')).toBe(false);
  });

  it('a card says a contact was checked only when an editor compared it with the live website', () => {
    for (const { path, html } of built) {
      for (const [, id, card] of html.matchAll(/data-contact="([^"]+)"([\s\S]*?)(?=data-contact="|<\/main>)/g)) {
        if (card!.includes('data-contact-checked')) expect.soft(checked.has(id!), `${path}: ${id}`).toBe(true);
      }
    }
  });

  it('no page claims a check anywhere else, in any language', () => {
    const generic = /gecontroleerd op|(?:waarop|wanneer)[^.]{0,40}(?:is )?gecontroleerd|checked on|(?:was|is|last) checked/i;
    for (const { path, html } of built) {
      const text = textOf(html.replace(/<span data-contact-checked>[\s\S]*?<\/span>/g, ''));
      expect.soft(text.match(generic)?.[0], path).toBeUndefined();
      for (const { code, pattern } of claims) expect.soft(text.match(pattern)?.[0], `${path} (${code} claim)`).toBeUndefined();
    }
  });
});

describe('sources on cards', () => {
  it('every contact card says where its facts come from, with the date of that source or that it has none', () => {
    let cards = 0;
    for (const { path, html } of built) {
      for (const [, line] of html.matchAll(/<p class="contact-card__source"[^>]*>([\s\S]*?)<\/p>/g)) {
        cards++;
        expect.soft(textOf(line!).trim(), path).toMatch(/\S+.*\d{4}/);
      }
    }
    expect(cards).toBeGreaterThan(50);
  });
});
