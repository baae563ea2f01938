import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossarySchema } from '../../src/schemas/glossary';
import { contentDir } from '../support/content';
import { defaultLocale, localeCodes, locales } from '../../src/i18n/locales';

/** Every text a reader of one language sees: its pages, UI strings, self-checks and data texts. */
function textsIn(lang: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const read = (dir: string, ext: string) =>
    existsSync(join(contentDir, dir))
      ? readdirSync(join(contentDir, dir))
          .filter((f) => f.endsWith(ext))
          .map((f) => ({ file: `content/${dir}/${f}`, text: readFileSync(join(contentDir, dir, f), 'utf8') }))
      : [];
  out.push(...read(`pages/${lang}`, '.mdx'), ...read(`questionnaires/${lang}`, '.yaml'));
  out.push({ file: `content/ui/${lang}.json`, text: readFileSync(join(contentDir, 'ui', `${lang}.json`), 'utf8') });
  for (const dir of ['contacts', 'municipalities']) {
    for (const { file, text } of read(dir, '.yaml')) {
      const values: string[] = [];
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object')
          for (const [k, x] of Object.entries(v)) {
            if (typeof x === 'string' && k === lang) values.push(x);
            else walk(x);
          }
      };
      walk(parse(text));
      out.push({ file, text: values.join('\n') });
    }
  }
  return out;
}

const glossaries = existsSync(join(contentDir, 'glossary'))
  ? readdirSync(join(contentDir, 'glossary')).filter((f) => f.endsWith('.yaml'))
  : [];

describe('glossaries (content/glossary/<language>.yaml)', () => {
  it('exist for every language translated from the Dutch except English, and only for languages of the site', () => {
    // English is the team's working language and the fallback; every other language gets a glossary.
    const needed = locales.filter(
      (l) => l.code !== defaultLocale && l.code !== 'en' && existsSync(join(contentDir, 'pages', l.code)),
    );
    for (const l of needed) expect(glossaries, l.code).toContain(`${l.code}.yaml`);
    for (const g of glossaries) expect(localeCodes, g).toContain(g.replace(/\.yaml$/, ''));
  });
  it.each(glossaries)('%s is well formed and names the key terms', (file) => {
    const g = glossarySchema.parse(parse(readFileSync(join(contentDir, 'glossary', file), 'utf8')));
    for (const key of ['Veilig Thuis', 'huisverbod', 'aangifte', 'wijkteam', 'Kindertelefoon']) {
      expect(
        g.terms.map((t) => t.term.toLowerCase()),
        key,
      ).toContain(key.toLowerCase());
    }
  });
  it.each(glossaries)('%s: no text of that language uses a variant it says to avoid', (file) => {
    const lang = file.replace(/\.yaml$/, '');
    const g = glossarySchema.parse(parse(readFileSync(join(contentDir, 'glossary', file), 'utf8')));
    const found: string[] = [];
    for (const { file: where, text } of textsIn(lang)) {
      for (const term of g.terms) {
        for (const bad of term.avoid)
          if (text.toLowerCase().includes(bad.toLowerCase())) found.push(`${where}: "${bad}" (use "${term.use}")`);
      }
    }
    expect(found).toEqual([]);
  });
});
