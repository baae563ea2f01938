/**
 * The growth recipes of the README, proven on a small fixture site (tests/fixtures/site) whatever
 * today's real content is: in a scratch copy, add a municipality (one YAML file), a page (its MDX
 * files), a language whose tag differs from its code (pt-br, tagged pt-BR: one entry in locales.ts
 * plus its UI strings), a contact an editor checked on the live website, and change the Dutch after
 * a translation; build once, and look at the result. The fixture also holds a page written only in
 * Dutch, a written Arabic page and a set publisher, so those behaviours are tested on every run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxBody, pageHash } from '../../src/lib/translation';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(root, 'tests/fixtures/site/content');
let dir = '';
let buildLog = '';
const dist = (path: string) => join(dir, 'dist', path.endsWith('/') ? `${path}index.html` : path);
const html = (path: string) => readFileSync(dist(path), 'utf8');
const text = (h: string) =>
  h
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** A translation of a fixture page, stamped with the hash of the Dutch text as it is now. */
function translate(locale: string, slug: string, dutchFile: string, title: string, body: string, extra = '') {
  const source = readFileSync(join(dir, 'content/pages/nl', dutchFile), 'utf8');
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as {
    id: string;
    title: string;
    description: string;
    keywords?: string[];
  };
  const hash = pageHash(data, mdxBody(source));
  mkdirSync(join(dir, 'content/pages', locale), { recursive: true });
  writeFileSync(
    join(dir, 'content/pages', locale, `${slug}.mdx`),
    `---\nid: ${data.id}\ntitle: ${title}\ndescription: ${data.description}\naudience: [residents]\n${extra}sources: [facts/contacts.md]\nupdated: 2026-11-30\ntranslatedFrom: { locale: nl, hash: ${hash}, status: machine-assisted, date: 2026-11-30 }\n---\n\n${body}\n`,
  );
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'recipes-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  cpSync(join(root, 'content/ui'), join(dir, 'content/ui'), { recursive: true });
  mkdirSync(join(dir, 'content/contacts'));
  for (const id of ['emergency-112', 'veilig-thuis', 'police']) {
    cpSync(join(root, 'content/contacts', `${id}.yaml`), join(dir, 'content/contacts', `${id}.yaml`));
  }
  translate('en', 'index', 'index.mdx', 'Violence at home?', 'Read <PageLink id="get-help">help</PageLink>.');
  translate(
    'en',
    'get-help',
    'hulp.mdx',
    'Help',
    '<ContactCard id="veilig-thuis" />\n\n<ContactCard id="police" />',
    'menu: { label: Help }\n',
  );
  translate(
    'en',
    'privacy',
    'privacy.mdx',
    'Privacy',
    'This website keeps nothing.\n\n<SiteOwner role="publisher" />',
    'menu: { label: Privacy }\n',
  );
  translate(
    'ar',
    'index',
    'index.mdx',
    'عنف في البيت؟',
    'اقرأ <PageLink id="get-help">المساعدة</PageLink>. اتصل بـ 0800-2000 في Den Haag (Zuid-Holland).',
  );

  // A new municipality: one file.
  writeFileSync(
    join(dir, 'content/municipalities/nieuwdorp.yaml'),
    [
      'name: Nieuwdorp',
      'places:',
      '  - kind: wijk',
      '    names: [Nieuwwijk, Testbuurt-Noord]',
      '    source: { url: "https://www.nieuwdorp.example/wijken", date: "2026" }',
      'postcodes: ["9990-9991"]',
      'website: https://www.nieuwdorp.example',
      'contacts: [emergency-112, veilig-thuis, local, police]',
      'sources:',
      '  - { url: "https://www.nieuwdorp.example/", date: undated }',
      'takenOn: 2026-11-30',
    ].join('\n'),
  );
  // Its own text at the top of its page: an MDX page with the municipality page's id.
  writeFileSync(
    join(dir, 'content/pages/nl/gemeente-nieuwdorp.mdx'),
    '---\nid: municipality-nieuwdorp\ntitle: Hulp in Nieuwdorp en omgeving\ndescription: Wie je kunt bellen in Nieuwdorp, met een eigen tekst van de gemeente.\naudience: [residents]\nsources: [facts/contacts.md]\nupdated: 2026-11-30\n---\n\nIn Nieuwdorp werken we samen met de buren.\n',
  );

  // A new page: its MDX files, Dutch first.
  writeFileSync(
    join(dir, 'content/pages/nl/proefpagina.mdx'),
    '---\nid: proef-pagina\ntitle: Proefpagina\ndescription: Een pagina om het recept voor een nieuwe pagina te bewijzen.\naudience: [residents]\nkind: information\nmenu: { place: footer, order: 9, label: Proef }\nsources: [facts/contacts.md]\nupdated: 2026-11-30\nnext: [get-help]\n---\n\nDit is een proef.\n',
  );
  translate('en', 'test-page', 'proefpagina.mdx', 'Test page', 'This is a test.', 'menu: { label: Test }\n');

  // A new language whose tag is not its code: one entry in locales.ts and its UI strings.
  const locales = join(dir, 'src/i18n/locales.ts');
  writeFileSync(
    locales,
    readFileSync(locales, 'utf8').replace(
      '] as const satisfies readonly Locale[];',
      "  { code: 'pt-br', lang: tag('pt-BR'), label: 'Português (Brasil)', dir: 'ltr', fallback: 'en', dataRequired: false },\n] as const satisfies readonly Locale[];",
    ),
  );
  // Its UI strings (English text here), each plural string with the forms Portuguese needs.
  const strings = JSON.parse(readFileSync(join(dir, 'content/ui/en.json'), 'utf8')) as Record<string, unknown>;
  const forms = new Intl.PluralRules('pt-BR').resolvedOptions().pluralCategories;
  for (const [key, value] of Object.entries(strings)) {
    if (value && typeof value === 'object') {
      const plural = value as Record<string, string>;
      strings[key] = Object.fromEntries(forms.map((f) => [f, plural[f] ?? plural.other!]));
    }
  }
  writeFileSync(join(dir, 'content/ui/pt-br.json'), JSON.stringify(strings));

  // A contact an editor compared with the organisation's own website.
  const police = join(dir, 'content/contacts/police.yaml');
  writeFileSync(
    police,
    readFileSync(police, 'utf8').replace(/^takenOn: .*$/m, '$&\ncheckedOn: 2026-11-30\ncheckedAt: https://www.politie.nl/'),
  );

  // The Dutch changes after translation: a page text, and a contact's description.
  const hulp = join(dir, 'content/pages/nl/hulp.mdx');
  writeFileSync(hulp, `${readFileSync(hulp, 'utf8')}\nEen extra zin na de vertaling.\n`);
  writeFileSync(police, readFileSync(police, 'utf8').replace(/^(for:\r?\n {2}nl: )(.*)$/m, '$1Een nieuwe Nederlandse tekst. $2'));

  buildLog = execFileSync(join(dir, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
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
      '/gemeente-nieuwdorp/',
      '/en/municipality-nieuwdorp/',
      '/ar/municipality-nieuwdorp/',
      '/pt-br/municipality-nieuwdorp/',
    ]) {
      expect(existsSync(dist(path)), path).toBe(true);
    }
    expect(html('/gemeente-nieuwdorp/')).toContain('data-page="municipality-nieuwdorp"');
  });
  it('puts its own text, when written, at the top of its page', () => {
    const page = html('/gemeente-nieuwdorp/');
    expect(page).toContain('<h1>Hulp in Nieuwdorp en omgeving</h1>');
    expect(page.indexOf('In Nieuwdorp werken we samen met de buren.')).toBeLessThan(page.indexOf('municipality-contacts'));
    expect(html('/en/municipality-nieuwdorp/')).toContain('<h1>Help in Nieuwdorp</h1>');
  });
  it('makes its poster and wallet card', () => {
    expect(html('/poster-nieuwdorp/')).toContain('data-poster="nieuwdorp"');
    expect(html('/kaartje-nieuwdorp/')).toContain('data-card="nieuwdorp"');
  });
  it('counts it in the texts that name the number of municipalities', () => {
    expect(text(html('/'))).toContain('de 3 gemeenten in Haaglanden');
  });
});

describe('adding a page is its MDX files', () => {
  it('builds it in its languages, falls back in the others and puts it in the menu it asks for', () => {
    expect(html('/proefpagina/')).toContain('data-page="proef-pagina"');
    expect(html('/en/test-page/')).toContain('<h1>Test page</h1>');
    expect(html('/en/test-page/')).not.toContain('data-outdated-notice');
    expect(html('/ar/test-page/')).toContain('data-fallback-notice');
    expect(html('/')).toMatch(/<footer class="site-footer">[\s\S]*href="\/proefpagina\/"[^>]*>Proef</);
  });
});

describe('adding a language is one entry in locales.ts plus its files', () => {
  it('builds every page at its own address, with its own language tag, and writes its server rules', () => {
    expect(existsSync(dist('/pt-br/'))).toBe(true);
    expect(existsSync(dist('/pt-br/404/'))).toBe(true);
    expect(html('/pt-br/')).toContain('<html lang="pt-BR" dir="ltr"');
    expect(readFileSync(dist('_redirects'), 'utf8')).toContain('/pt-br/*  /pt-br/404/  404');
    expect(readFileSync(dist('_locales.nginx.conf'), 'utf8')).toContain('location /pt-br/');
    expect(html('/')).toMatch(/hreflang="pt-BR"[^>]*>[\s\S]*?Português/);
  });
});

describe('a page written only in Dutch, in the other languages', () => {
  it('shows the nearest language text under a notice in the reader’s language, at the same address, kept out of search engines', () => {
    for (const [path, textLang] of [
      ['/en/alleen-nederlands/', 'nl'],
      ['/ar/alleen-nederlands/', 'nl'],
      ['/pt-br/alleen-nederlands/', 'nl'],
    ] as const) {
      const page = html(path);
      expect(page, path).toMatch(/data-fallback-notice/);
      expect(page, path).toContain(`<main id="main" tabindex="-1" lang="${textLang}" dir="ltr"`);
      expect(page, path).toContain('<meta name="robots" content="noindex">');
      expect(page, path).not.toContain('data-pagefind-body');
      expect(readFileSync(dist('sitemap-0.xml'), 'utf8'), path).not.toContain(`${path}</loc>`);
    }
  });
  it('isolates numbers and Latin names of Arabic text inside the Dutch text, so they read in order', () => {
    const card = /data-contact="veilig-thuis"[\s\S]*?<\/div>/.exec(html('/ar/alleen-nederlands/'))![0];
    expect(card).toMatch(/<bdi dir="ltr" class="tel-number">0800-2000<\/bdi>/);
  });
});

describe('a written right-to-left page', () => {
  it('isolates its numbers and Latin names, and is right to left', () => {
    const page = html('/ar/');
    expect(page).toContain('<html lang="ar" dir="rtl"');
    expect(page).toContain('<bdi dir="ltr">0800-2000</bdi>');
    expect(page).toContain('<bdi dir="ltr">Den Haag (Zuid-Holland)</bdi>');
  });
});

describe('who publishes the site is a setting', () => {
  it('the footer and the privacy page name the publisher when it is set, and say neutrally what is not decided', () => {
    expect(text(html('/'))).toContain('Deze website wordt uitgegeven door Proefuitgever.');
    const privacy = html('/privacy/');
    expect(privacy).toMatch(
      /data-site-owner="publisher" data-owner-set="true"[^>]*>Deze website wordt uitgegeven door Proefuitgever\./,
    );
    expect(privacy).toMatch(/data-site-owner="controller" data-owner-set="false"/);
  });
  it('the build warns while the privacy controller is not set', () => {
    expect(buildLog).toMatch(/privacyController not set in content\/settings\.json/);
  });
});

describe('a contact checked on the live website', () => {
  it('says so on its card, and only that one', () => {
    const page = html('/hulp/');
    const police = /data-contact="police"[\s\S]*?data-contact-source[^>]*>([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '';
    expect(police).toMatch(/data-contact-checked/);
    expect(police.replace(/<[^>]+>/g, '')).toContain('Op 30 november 2026 vergeleken met politie.nl.');
    expect(page.match(/data-contact-checked/g)?.length).toBe(1);
  });
});

describe('when the Dutch changes after a translation was made', () => {
  it('the translated page says so and links the Dutch page', () => {
    expect(html('/en/get-help/')).toMatch(/data-outdated-notice[\s\S]*?href="\/hulp\/"/);
    expect(html('/en/')).not.toContain('data-outdated-notice');
  });
  it('an outdated translation of a contact text is not shown: the reader gets the current Dutch', () => {
    const card = /data-contact="police"[\s\S]*?contact-card__for"([^>]*)>([^<]*)/.exec(html('/en/get-help/'));
    expect(card?.[2]).toMatch(/^Een nieuwe Nederlandse tekst\./);
    expect(card?.[1]).toContain('lang="nl"');
  });
});

describe('the fixture', () => {
  it('builds only the pages it defines: no real content leaks in', () => {
    expect(
      readdirSync(join(dir, 'dist'))
        .filter((f) => !f.startsWith('_') && !/\.(xml|txt|html)$/.test(f))
        .sort(),
    ).toContain('pt-br');
    expect(existsSync(dist('/huisverbod/'))).toBe(false);
  });
});
