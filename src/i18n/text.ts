/**
 * Filling UI strings: `{name}` placeholders and plural forms. Pure, no Astro: the build, the
 * islands and the tests share it, so a placeholder is filled the same way everywhere.
 */

export type Vars = Record<string, string | number>;

/**
 * A UI string: one text, or one text per plural category of the language
 * (`Intl.PluralRules`: Polish, Ukrainian and Arabic have more than "one" and "other").
 */
export type UiValue = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * Fills `{name}` placeholders; an unknown name stays as it is, so a mistake shows.
 *
 * @example fill('Bel {number}', { number: '0800-2000' }) // 'Bel 0800-2000'
 */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (match, name: string, stop: string) => {
    if (!(name in vars)) return match;
    const value = String(vars[name]);
    // A value that ends in its own period (an abbreviation, like "р." in a Ukrainian date) is not
    // followed by the template's period as well.
    return stop && value.endsWith('.') ? value : value + stop;
  });
}

/** One piece of a filled template: literal text, or the value of a placeholder. */
export type Part = string | { name: string; value: string };

/**
 * The template cut at its placeholders, so a component can wrap a value in markup (a phone
 * number in `<bdi dir="ltr">` on an Arabic page) without building HTML from strings.
 *
 * @example fillParts('Bel {number}', { number: '112' }) // ['Bel ', { name: 'number', value: '112' }]
 */
export function fillParts(template: string, vars: Vars = {}): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1]!;
    if (!(name in vars)) continue;
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ name, value: String(vars[name]) });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

const rules = new Map<string, Intl.PluralRules>();

/** The plural categories a language needs ("one", "few", "many", "other", ...). */
export function pluralCategories(lang: string): Intl.LDMLPluralRule[] {
  return pluralRules(lang).resolvedOptions().pluralCategories;
}

function pluralRules(lang: string): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

/**
 * The text of a UI value for a count: the plural form the language's rules pick, else "other".
 *
 * @example choose({ one: '1 pagina', other: '{count} pagina's' }, 3, 'nl') // "{count} pagina's"
 */
export function choose(value: UiValue, count: number | undefined, lang: string): string {
  if (typeof value === 'string') return value;
  const category = count === undefined ? 'other' : pluralRules(lang).select(count);
  return value[category] ?? value.other ?? Object.values(value).find((v) => v) ?? '';
}

/** A translator over one language's strings (with a fallback set for missing keys). */
export function translator(strings: Record<string, UiValue>, lang: string, fallback: Record<string, UiValue> = {}) {
  return (key: string, vars: Vars = {}): string => {
    const value = strings[key] ?? fallback[key];
    if (value === undefined) return key;
    const count = typeof vars['count'] === 'number' ? vars['count'] : undefined;
    return fill(choose(value, count, lang), vars);
  };
}
