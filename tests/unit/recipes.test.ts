/**
 * The growth recipes of the README, proven: in a scratch copy of the site, add a municipality
 * (one YAML file), a page (its MDX files), a language (one entry in locales.ts plus its UI
 * strings) and a contact an editor checked on the live website, build, and look at the result.
 * Nothing else is touched: if a recipe needed a second file, this build would not show it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageHash } from '../../src/lib/translation';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir = '';
const dist = (path: string) => join(dir, 'dist', path.endsWith('/') ? `${path}index.html` : path);
const html = (path: string) => readFileSync(dist(path), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'recipes-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));

  // A tenth municipality: one file.
  writeFileSync(
    join(dir, 'content/municipalities/proefdorp.yaml'),
    [
      'name: Proefdorp',
      'places:',
      '  - kind: wijk',
      '    names: [Proefwijk, Testbuurt-Noord]',
      '    source: { url: "https://www.proefdorp.example/wijken", date: "2026" }',
      'postcodes: ["9990-9991"]',
      'website: https://www.proefdorp.example',
      'contacts: [emergency-112, veilig-thuis, local, police]',
      'sources:',
      '  - { url: "https://www.proefdorp.example/", date: undated }',
      'takenOn: 2026-11-30',
    ].join('\n'),
  );

  // Its own text at the top of its page: an MDX page with the municipality page's id.
  writeFileSync(
    join(dir, 'content/pages/nl/gemeente-proefdorp.mdx'),
    '---\nid: municipality-proefdorp\ntitle: Hulp in Proefdorp en omgeving\ndescription: Wie je kunt bellen in Proefdorp, met een eigen tekst van de gemeente.\naudience: [residents]\nsources: [facts/contacts.md]\nupdated: 2026-11-30\n---\n\nIn Proefdorp werken we samen met de buren.\n',
  );

  // A new page: its MDX files, Dutch first.
  const front = (extra: string) =>
    `---\nid: proef-pagina\ntitle: Proefpagina\ndescription: Een pagina om het recept voor een nieuwe pagina te bewijzen.\naudience: [residents]\n${extra}sources: [facts/contacts.md]\nupdated: 2026-11-30\nnext: [get-help]\n---\n\nDit is een proef.\n`;
  writeFileSync(
    join(dir, 'content/pages/nl/proefpagina.mdx'),
    front('kind: information\nmenu: { place: footer, order: 9, label: Proef }\n'),
  );
  writeFileSync(
    join(dir, 'content/pages/en/test-page.mdx'),
    front(
      `menu: { label: Test }\ntranslatedFrom: { locale: nl, hash: ${pageHash({ title: 'Proefpagina', description: 'Een pagina om het recept voor een nieuwe pagina te bewijzen.' }, 'Dit is een proef.')}, status: machine-assisted, date: 2026-11-30 }\n`,
    ).replace('Proefpagina', 'Test page'),
  );

  // A new language: one entry in locales.ts and its UI strings (its pages fall back to English).
  const locales = join(dir, 'src/i18n/locales.ts');
  writeFileSync(
    locales,
    readFileSync(locales, 'utf8').replace(
      '] as const satisfies readonly Locale[];',
      "  { code: 'de', lang: 'de', label: 'Deutsch', dir: 'ltr', fallback: 'en', dataRequired: false },\n] as const satisfies readonly Locale[];",
    ),
  );
  cpSync(join(dir, 'content/ui/en.json'), join(dir, 'content/ui/de.json'));

  // A contact an editor compared with the organisation's own website.
  const policeFile = join(dir, 'content/contacts/police.yaml');
  writeFileSync(
    policeFile,
    readFileSync(policeFile, 'utf8').replace(/^takenOn: .*$/m, '$&\ncheckedOn: 2026-11-30\ncheckedAt: https://www.politie.nl/'),
  );

  // The Dutch changes after translation: a page text, and a contact's description.
  const huisverbod = join(dir, 'content/pages/nl/huisverbod.mdx');
  writeFileSync(huisverbod, `${readFileSync(huisverbod, 'utf8')}\nEen extra zin na de vertaling.\n`);
  const police = join(dir, 'content/contacts/police.yaml');
  writeFileSync(police, readFileSync(police, 'utf8').replace(/^(for:\r?\n {2}nl: )(.*)$/m, '$1Een nieuwe Nederlandse tekst. $2'));

  mkdirSync(join(dir, 'dist'));
  execFileSync(join(dir, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('adding a municipality is one YAML file', () => {
  it('makes its page in every language', () => {
    for (const path of [
      '/gemeente-proefdorp/',
      '/en/municipality-proefdorp/',
      '/tr/municipality-proefdorp/',
      '/ar/municipality-proefdorp/',
      '/de/municipality-proefdorp/',
    ]) {
      expect(existsSync(dist(path)), path).toBe(true);
    }
    expect(html('/gemeente-proefdorp/')).toContain('Hulp in Proefdorp');
    expect(html('/gemeente-proefdorp/')).toContain('data-page="municipality-proefdorp"');
  });
  it('puts its places in the help finder, with and without JavaScript', () => {
    const finder = html('/hulp-in-je-gemeente/');
    expect(finder).toMatch(/data-places="proefdorp"[\s\S]*Proefwijk/);
    expect(finder).toContain('Testbuurt-Noord');
  });
  it('puts its own text, when written, at the top of its page', () => {
    const page = html('/gemeente-proefdorp/');
    expect(page).toContain('<h1>Hulp in Proefdorp en omgeving</h1>');
    expect(page.indexOf('In Proefdorp werken we samen met de buren.')).toBeLessThan(page.indexOf('municipality-contacts'));
    expect(html('/en/municipality-proefdorp/')).toContain('<h1>Help in Proefdorp</h1>');
  });
  it('makes its poster and wallet card', () => {
    expect(html('/poster-proefdorp/')).toContain('data-poster="proefdorp"');
    expect(html('/kaartje-proefdorp/')).toContain('data-card="proefdorp"');
  });
  it('counts it in the texts that name the number of municipalities', () => {
    expect(html('/')).toContain('Een website van de 10 gemeenten in Haaglanden.');
  });
});

describe('adding a page is its MDX files', () => {
  it('builds it in its languages, falls back in the others and puts it in the menu it asks for', () => {
    expect(html('/proefpagina/')).toContain('data-page="proef-pagina"');
    expect(html('/en/test-page/')).toContain('<h1>Test page</h1>');
    expect(html('/en/test-page/')).not.toContain('data-outdated-notice');
    expect(html('/tr/test-page/')).toContain('data-fallback-notice');
    expect(html('/')).toMatch(/<footer class="site-footer">[\s\S]*href="\/proefpagina\/"[^>]*>Proef</);
  });
});

describe('adding a language is one entry in locales.ts plus its files', () => {
  it('builds every page at /de/ and writes its server rules', () => {
    expect(existsSync(dist('/de/'))).toBe(true);
    expect(existsSync(dist('/de/404/'))).toBe(true);
    expect(html('/de/')).toContain('<html lang="de" dir="ltr"');
    expect(readFileSync(dist('_redirects'), 'utf8')).toContain('/de/*  /de/404/  404');
    expect(readFileSync(dist('_locales.nginx.conf'), 'utf8')).toContain('location /de/');
    expect(html('/')).toMatch(/hreflang="de"[^>]*>Deutsch/);
  });
});

describe('a contact checked on the live website', () => {
  it('says so on its card, and only that one', () => {
    const page = html('/hulp/');
    const police = /data-contact="police"[\s\S]*?data-contact-source[^>]*>([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '';
    expect(police).toMatch(/data-contact-checked/);
    expect(police.replace(/<[^>]+>/g, '')).toContain('Op 30 november 2026 vergeleken met politie.nl.');
    expect(page.match(/data-contact-checked/g)?.length).toBe(page.match(/data-contact="police"/g)?.length);
  });
});

describe('when the Dutch changes after a translation was made', () => {
  it('the translated page says so and links the Dutch page', () => {
    const page = html('/en/restraining-order/');
    expect(page).toMatch(/data-outdated-notice[\s\S]*?href="\/huisverbod\/"/);
    expect(html('/en/get-help/')).not.toContain('data-outdated-notice');
  });
  it('an outdated translation of a contact text is not shown: the reader gets the current Dutch', () => {
    const card = /data-contact="police"[\s\S]*?contact-card__for"([^>]*)>([^<]*)/.exec(html('/en/get-help/'));
    expect(card?.[2]).toMatch(/^Een nieuwe Nederlandse tekst\./);
    expect(card?.[1]).toContain('lang="nl"');
  });
});
