/**
 * Errors the expert reviews of December 2026 found (shared/reviews/content-2026-12.md) must not come
 * back, in any language and in any wording: each rule below describes the kind of error, not one
 * sentence, and each is shown to catch the old text. Glossary variants (a wrong word in a language)
 * are checked by tests/unit/glossary.test.ts; numbers that read in reverse by the site walk.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../support/content';
import { mdxBody } from '../../src/lib/translation';

/** Every page text per language, as sentences (lines and sentence ends), without frontmatter. */
function sentences(lang: string): { file: string; text: string; sentences: string[] }[] {
  const dir = join(contentDir, 'pages', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = mdxBody(readFileSync(join(dir, f), 'utf8'));
      return { file: `content/pages/${lang}/${f}`, text, sentences: text.split(/\n+|(?<=[.!?؟])\s+/).filter((s) => s.trim()) };
    });
}
const languages = readdirSync(join(contentDir, 'pages'));

/**
 * Withdrawing a complaint (klacht, e.g. for stalking) is possible only in the first 8 days and only
 * once (topics.md §18): a page that speaks of withdrawing one says both.
 */
const withdraw: Record<string, { complaint: RegExp; withdraw: RegExp; days: RegExp; once: RegExp }> = {
  nl: { complaint: /klacht/i, withdraw: /intrek|trek[^.]{0,30}\bin\b/i, days: /8 dagen/, once: /één keer|eenmaal|1 keer/i },
  en: { complaint: /complaint|klacht/i, withdraw: /withdr[ae]w/i, days: /8 days/, once: /\bonce\b/i },
  tr: { complaint: /klacht|şikâyet|şikayet/i, withdraw: /geri çek|geri al/i, days: /8 gün/, once: /bir kez|bir defa/i },
  ar: { complaint: /klacht|طلب الملاحقة/i, withdraw: /سحب|تسحب/, days: /8 أيام|٨ أيام/, once: /مرة واحدة/ },
  pl: { complaint: /klacht|wniosek|wniosku/i, withdraw: /wycof/i, days: /8 dni/, once: /\braz\b|jednokrotnie/i },
  uk: { complaint: /klacht|скарг|заяв/i, withdraw: /відклик|забрат/i, days: /8 днів/, once: /один раз|лише раз|раз\b/i },
};
/** Whether a page text speaks of withdrawing a complaint without its limits. */
function withdrawalWithoutLimit(lang: string, text: string): boolean {
  const rule = withdraw[lang];
  if (!rule) return false;
  const speaks = text.split(/\n+|(?<=[.!?؟])\s+/).some((s) => rule.complaint.test(s) && rule.withdraw.test(s));
  return speaks && !(rule.days.test(text) && rule.once.test(text));
}

describe('known errors stay corrected', () => {
  it('a page that speaks of withdrawing a complaint (klacht) says it can be done only in the first 8 days and once', () => {
    const found = languages.flatMap((lang) =>
      sentences(lang)
        .filter((p) => withdrawalWithoutLimit(lang, p.text))
        .map((p) => p.file),
    );
    expect(found).toEqual([]);
  });
  it('…and that check catches the old texts', () => {
    expect(withdrawalWithoutLimit('nl', 'Stalking is een klachtdelict.\n- Je kunt je klacht later weer intrekken.')).toBe(true);
    expect(withdrawalWithoutLimit('nl', 'Bij stalking gaat het om een klacht. Die klacht kun je wel intrekken.')).toBe(true);
    expect(withdrawalWithoutLimit('en', 'You can withdraw your complaint later.')).toBe(true);
    expect(withdrawalWithoutLimit('pl', 'Możesz później wycofać swój wniosek.')).toBe(true);
    expect(withdrawalWithoutLimit('uk', 'Пізніше ви можете забрати свою скаргу.')).toBe(true);
    expect(withdrawalWithoutLimit('nl', 'Je kunt je klacht alleen in de eerste 8 dagen intrekken. En maar één keer.')).toBe(
      false,
    );
  });

  const perpetrator = /loverboy[\s-]?meisje|loverboy girl/i;
  it('a female perpetrator is a lovergirl, never a "loverboymeisje", in any language', () => {
    const found = languages.flatMap((lang) =>
      sentences(lang)
        .filter((p) => perpetrator.test(p.text))
        .map((p) => p.file),
    );
    expect(found).toEqual([]);
    expect(perpetrator.test('Dan heet het een loverboymeisje.')).toBe(true);
  });

  const ownership: Record<string, RegExp> = {
    nl: /website van de (?:\d+ |negen )?gemeenten|gemeenten hebben (?:hem|deze website) laten maken|gemeenten zijn samen verantwoordelijk/i,
    en: /website of the (?:\d+ |nine )?municipalities|municipalities (?:had it made|are jointly responsible)/i,
    // "tell your municipality" about a mistake, as the Turkish translation notice said
    tr: /belediyenize bildirin|belediyeler(?:i)? (?:yaptırdı|birlikte sorumlu)/i,
  };
  it('no page or UI string says the municipalities made, own or run the site (a setting says who does)', () => {
    const found: string[] = [];
    for (const [lang, pattern] of Object.entries(ownership)) {
      for (const p of sentences(lang)) if (pattern.test(p.text)) found.push(p.file);
      const ui = readFileSync(join(contentDir, 'ui', `${lang}.json`), 'utf8');
      if (pattern.test(ui)) found.push(`content/ui/${lang}.json`);
    }
    expect(found).toEqual([]);
    expect(ownership.nl!.test('Een website van de 9 gemeenten in Haaglanden.')).toBe(true);
    expect(ownership.tr!.test('Hata görürseniz belediyenize bildirin.')).toBe(true);
  });

  it('"calling 112 is free" is not stated: the facts sheet has no source for it', () => {
    const free: Record<string, RegExp> = {
      nl: /112[^.]{0,20}is gratis|gratis[^.]{0,20}112\b/i,
      en: /112[^.]{0,20}is free|free[^.]{0,12}to call 112/i,
    };
    const found = Object.entries(free).flatMap(([lang, re]) =>
      sentences(lang).flatMap((p) => p.sentences.filter((s) => re.test(s)).map((s) => `${p.file}: ${s}`)),
    );
    expect(found).toEqual([]);
    expect(free.nl!.test('Bellen naar 112 is gratis.')).toBe(true);
  });

  it('where a page speaks of strangling, it says to see a doctor even without visible injury', () => {
    const rules: Record<string, { topic: RegExp; doctor: RegExp }> = {
      nl: { topic: /gewurgd|wurg/i, doctor: /arts|dokter|huisarts/i },
      en: { topic: /strangl/i, doctor: /doctor|\bGP\b/i },
    };
    const found = Object.entries(rules).flatMap(([lang, r]) =>
      sentences(lang)
        .filter((p) => r.topic.test(p.text) && !r.doctor.test(p.text))
        .map((p) => p.file),
    );
    expect(found).toEqual([]);
  });

  it('where the 112NL chat is mentioned, the page says only the call-taker starts it and may phone you', () => {
    const rules: Record<string, RegExp[]> = {
      nl: [/alleen de medewerker kan de chat beginnen|de medewerker begint de chat/i, /bellen/i],
      en: [/only the call-taker can start the chat|the call-taker starts the chat/i, /phone you|call you/i],
    };
    const found = Object.entries(rules).flatMap(([lang, [starts, phones]]) =>
      sentences(lang)
        .filter((p) => /112NL[^.]{0,120}(chat|chatten)/i.test(p.text) && !(starts!.test(p.text) && phones!.test(p.text)))
        .map((p) => p.file),
    );
    expect(found).toEqual([]);
  });
});
