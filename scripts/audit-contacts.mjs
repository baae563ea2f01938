#!/usr/bin/env node
/**
 * The editors' to-do list for facts: every contact that no editor has compared with the
 * organisation's own live website yet, oldest source first, with the address to check; then
 * what each municipality still lacks.
 *
 * The facts on this site were copied from stored copies of public pages (shared/facts). A
 * contact records when it was taken into the site (`takenOn`) and, only after an editor compared
 * it with the live website, `checkedOn` and `checkedAt`. The site says "checked" only then.
 *
 *   npm run audit:contacts                    report as text
 *   npm run audit:contacts -- --json          the same as JSON (for tooling)
 *   npm run audit:contacts -- --today 2027-12-01   pretend it is another day
 *   npm run audit:contacts -- --dir path/to/content   another content folder
 *
 * Exit code 1 when a contact has no source, or its live check is more than 12 months old.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const MAX_AGE_MONTHS = 12;
const args = process.argv.slice(2);
const option = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const root = option('dir') ? resolve(option('dir')) : fileURLToPath(new URL('../content/', import.meta.url));
const today = option('today') ?? new Date().toISOString().slice(0, 10);
const asJson = args.includes('--json');

const iso = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? undefined : String(v));
function monthsBetween(from, to) {
  const [fy, fm = 1, fd = 1] = from.split('-').map(Number);
  const [ty, tm = 1, td = 1] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
function load(dir) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(root, dir, f), 'utf8')) ?? {} }));
}
const sourcesOf = (list) =>
  (list ?? []).map((s) => (typeof s === 'string' ? { url: s, date: 'undated' } : { url: s.url, date: iso(s.date) ?? 'undated' }));
/** The newest dated source ("how fresh is the best evidence"); undated sources count as oldest. */
const newest = (sources) =>
  sources
    .map((s) => s.date)
    .filter((d) => d !== 'undated')
    .sort()
    .at(-1);

/** Facts a resident could act on; absent ones are listed as unknown. */
const facts = {
  phone: (c) => c.phone,
  hours: (c) => c.hours,
  cost: (c) => c.free !== undefined || c.cost,
  chat: (c) => c.chat,
  'chat hours': (c) => !c.chat || c.chat.hours,
  website: (c) => c.website,
};

const contacts = load('contacts').map(({ id, data: c }) => {
  const sources = sourcesOf(c.source);
  const checkedOn = iso(c.checkedOn);
  const checkAge = checkedOn ? monthsBetween(checkedOn, today) : undefined;
  const problems = [];
  if (sources.length === 0) problems.push('no source');
  if (checkAge !== undefined && checkAge > MAX_AGE_MONTHS)
    problems.push(`checked ${checkAge} months ago (more than ${MAX_AGE_MONTHS})`);
  if (c.status === 'verify') problems.push('status verify: number from one old or unofficial source');
  return {
    id,
    name: typeof c.name === 'string' ? c.name : c.name?.nl,
    phone: c.phone?.display,
    takenOn: iso(c.takenOn),
    checkedOn,
    /** Where an editor checks it: the organisation's own website, else its first source. */
    checkAt: c.checkedAt ?? c.website ?? c.chat?.url ?? sources[0]?.url,
    newestSource: newest(sources) ?? 'undated',
    confidence: c.confidence,
    status: c.status ?? 'ok',
    sources,
    unknown: Object.entries(facts)
      .filter(([, has]) => !has(c))
      .map(([k]) => k),
    conflicts: (c.conflicts ?? []).map((x) => ({
      field: x.field,
      values: x.values.map((v) => `${v.value} (${v.source}, ${iso(v.date) ?? 'undated'})`),
    })),
    notes: c.notes,
    problems,
  };
});
// Oldest evidence first: undated, then by the newest source's date.
const todo = contacts
  .filter((c) => !c.checkedOn)
  .sort((a, b) =>
    a.newestSource === b.newestSource
      ? a.id.localeCompare(b.id)
      : a.newestSource === 'undated'
        ? -1
        : b.newestSource === 'undated'
          ? 1
          : a.newestSource.localeCompare(b.newestSource),
  );
const checked = contacts.filter((c) => c.checkedOn);

const municipalities = load('municipalities').map(({ id, data: m }) => {
  const missing = [];
  if (!m.generalContact) missing.push('general phone number');
  if (!m.website) missing.push('website');
  if (!m.helpPage) missing.push('municipal page on domestic violence');
  for (const team of m.teams ?? []) if (!team.contact) missing.push(`phone number of ${team.name}`);
  if ((m.teams ?? []).length === 0) missing.push('local team');
  return { id, name: m.name, takenOn: iso(m.takenOn), checkedOn: iso(m.checkedOn), missing, notes: m.notes };
});

const failing = contacts.filter((c) => c.problems.some((p) => !p.startsWith('status verify')));

if (asJson) {
  console.log(
    JSON.stringify({ today, maxAgeMonths: MAX_AGE_MONTHS, todo: todo.map((c) => c.id), contacts, municipalities }, null, 2),
  );
} else {
  const out = [];
  out.push(`Contacts audit, ${today}`, '');
  out.push(
    `To check on the organisation's own website (${todo.length} of ${contacts.length}; oldest source first).`,
    'When it matches, set checkedOn (the date) and checkedAt (the page you compared with).',
    '',
  );
  const show = (c) => {
    out.push(`${c.problems.length ? '!' : ' '} ${c.id}: ${c.name}${c.phone ? `, ${c.phone}` : ''}`);
    out.push(`    check at: ${c.checkAt}`);
    out.push(
      `    taken over ${c.takenOn ?? '?'}, ${c.checkedOn ? `checked live ${c.checkedOn}` : 'not checked live'}, newest source ${c.newestSource}, confidence ${c.confidence ?? '?'}, status ${c.status}`,
    );
    for (const s of c.sources) out.push(`    source: ${s.url} (${s.date})`);
    if (c.unknown.length) out.push(`    unknown: ${c.unknown.join(', ')}`);
    for (const x of c.conflicts) out.push(`    conflicting ${x.field}: ${x.values.join(' vs ')}`);
    if (c.notes) out.push(`    note: ${c.notes.replace(/\s+/g, ' ').trim()}`);
    for (const p of c.problems) out.push(`    ! ${p}`);
    out.push('');
  };
  todo.forEach(show);
  if (checked.length) {
    out.push('Checked live:', '');
    checked.forEach(show);
  }
  out.push('Municipalities: facts not found', '');
  for (const m of municipalities) {
    out.push(
      `  ${m.name} (taken over ${m.takenOn}${m.checkedOn ? `, checked live ${m.checkedOn}` : ''}): ${m.missing.length ? m.missing.join('; ') : 'nothing missing'}`,
    );
  }
  out.push('');
  out.push(
    `${contacts.length} contacts; ${todo.length} not yet checked live; ${failing.length} need attention (no source, or a live check too old); ` +
      `${contacts.filter((c) => c.status === 'verify').length} with status verify.`,
  );
  console.log(out.join('\n'));
}
process.exitCode = failing.length > 0 ? 1 : 0;
