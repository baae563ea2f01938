#!/usr/bin/env node
/**
 * Where each translation stands: per language, the pages, data files and self-checks that are up
 * to date with their Dutch source, outdated (the Dutch changed since), or missing.
 *
 *   npm run i18n:status                      a table per language
 *   npm run i18n:status -- --list            also name every outdated and missing item
 *   npm run i18n:status -- --json            the same as JSON
 *   npm run i18n:status -- --dir <content>   another content folder (tests)
 *
 * After translating or updating a text, record what it was made from:
 *   npm run i18n:stamp -- content/pages/tr/huisverbod.mdx            a page or a self-check
 *   npm run i18n:stamp -- --lang tr content/contacts/veilig-thuis.yaml   a data file's texts in one language
 *   (add --status reviewed when a human translator has reviewed it)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument } from 'yaml';
import { dataHash, mdxBody, pageHash, questionnaireHash, stateOf } from '../src/lib/translation.ts';

const args = process.argv.slice(2);
const option = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const root = option('dir') ? resolve(option('dir')) : fileURLToPath(new URL('../content/', import.meta.url));
const today = new Date().toISOString().slice(0, 10);
const rel = (p) => `content/${relative(root, p)}`;
const list = (dir, ext) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];
const front = (file) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') ?? {};
const languages = list(join(root, 'ui'), '.json')
  .map((f) => f.slice(0, -5))
  .filter((l) => l !== 'nl');

/** The current hash of everything a translator translates, per kind of file. */
const dutchPages = new Map(
  list(join(root, 'pages/nl'), '.mdx').map((f) => {
    const file = join(root, 'pages/nl', f);
    const data = front(file);
    return [data.id, { file, hash: pageHash(data, mdxBody(readFileSync(file, 'utf8'))) }];
  }),
);

function stamp() {
  const status = option('status') ?? 'machine-assisted';
  const lang = option('lang');
  const files = args.filter((a, i) => !a.startsWith('--') && !['--status', '--lang', '--dir'].includes(args[i - 1]));
  for (const path of files) {
    const file = resolve(path);
    const doc = file.endsWith('.mdx') ? undefined : parseDocument(readFileSync(file, 'utf8'));
    if (file.endsWith('.mdx')) {
      const text = readFileSync(file, 'utf8');
      const data = front(file);
      const dutch = dutchPages.get(data.id);
      if (!dutch) throw new Error(`${path}: no Dutch page with id "${data.id}"`);
      const record = `translatedFrom: { locale: nl, hash: ${dutch.hash}, status: ${status}, date: ${today} }`;
      const next = /^translatedFrom:.*(\r?\n {2}.*)*$/m.test(text)
        ? text.replace(/^translatedFrom:.*(\r?\n {2}.*)*$/m, record)
        : text.replace(/^(updated:.*)$/m, `$1\n${record}`);
      writeFileSync(file, next);
    } else if (/questionnaires\/[a-z]+\//.test(file)) {
      const id = file.split('/').at(-1);
      const dutch = parse(readFileSync(join(root, 'questionnaires/nl', id), 'utf8'));
      doc.set('translatedFrom', doc.createNode({ locale: 'nl', hash: questionnaireHash(dutch), status, date: today }));
      // translatedFrom first, where an editor sees it; then the keys in the Dutch file's order, so a
      // translator compares the two files top to bottom (stamping again never moves anything else).
      const order = ['translatedFrom', ...Object.keys(dutch)];
      const rank = (item) => {
        const i = order.indexOf(String(item.key?.value ?? item.key));
        return i < 0 ? order.length : i;
      };
      doc.contents.items.sort((a, b) => rank(a) - rank(b));
      writeFileSync(file, doc.toString({ lineWidth: 0 }));
    } else {
      if (!lang) throw new Error(`${path}: say which language's texts you stamp: --lang tr`);
      const data = parse(readFileSync(file, 'utf8'));
      if (!doc.has('translations')) doc.set('translations', doc.createNode({}));
      doc.setIn(['translations', lang], doc.createNode({ hash: dataHash(data), status, date: today }));
      writeFileSync(file, doc.toString({ lineWidth: 0 }));
    }
    console.log(`stamped ${path}`);
  }
}

function status() {
  const report = Object.fromEntries(languages.map((l) => [l, { pages: [], data: [], questionnaires: [] }]));
  for (const lang of languages) {
    const translated = new Map(
      list(join(root, 'pages', lang), '.mdx').map((f) => {
        const file = join(root, 'pages', lang, f);
        return [front(file).id, file];
      }),
    );
    for (const [id, dutch] of dutchPages) {
      const file = translated.get(id);
      const recorded = file ? front(file).translatedFrom?.hash : undefined;
      report[lang].pages.push({
        id,
        file: file ? rel(file) : undefined,
        state: file ? stateOf(recorded, dutch.hash) : 'missing',
      });
    }
    for (const dir of ['contacts', 'municipalities']) {
      for (const f of list(join(root, dir), '.yaml')) {
        const data = parse(readFileSync(join(root, dir, f), 'utf8'));
        const recorded = data.translations?.[lang]?.hash;
        report[lang].data.push({ id: `${dir}/${f}`, state: stateOf(recorded, dataHash(data)) });
      }
    }
    for (const f of list(join(root, 'questionnaires/nl'), '.yaml')) {
      const dutch = parse(readFileSync(join(root, 'questionnaires/nl', f), 'utf8'));
      const file = join(root, 'questionnaires', lang, f);
      const recorded = existsSync(file) ? parse(readFileSync(file, 'utf8')).translatedFrom?.hash : undefined;
      report[lang].questionnaires.push({
        id: f,
        state: existsSync(file) ? stateOf(recorded, questionnaireHash(dutch)) : 'missing',
      });
    }
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const count = (items, state) => items.filter((i) => i.state === state).length;
  const out = ['Translations against the Dutch source', ''];
  out.push('| language | kind | up to date | outdated | missing |', '| --- | --- | --- | --- | --- |');
  for (const lang of languages) {
    for (const kind of ['pages', 'data', 'questionnaires']) {
      const items = report[lang][kind];
      out.push(
        `| ${lang} | ${kind} | ${count(items, 'up-to-date')} | ${count(items, 'outdated')} | ${count(items, 'missing')} |`,
      );
    }
  }
  if (args.includes('--list')) {
    for (const lang of languages) {
      const open = ['pages', 'data', 'questionnaires'].flatMap((k) => report[lang][k].filter((i) => i.state !== 'up-to-date'));
      if (open.length) out.push('', `${lang}:`, ...open.map((i) => `  ${i.state}: ${i.file ?? i.id}`));
    }
  }
  console.log(out.join('\n'));
}

if (process.argv[1]?.endsWith('i18n-status.mjs') && args.includes('--stamp')) stamp();
else status();
