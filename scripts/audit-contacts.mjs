#!/usr/bin/env node
/**
 * A report for editors: every contact in content/contacts with its sources, how old its check is,
 * and which facts are unknown; then, per municipality, which local facts are missing.
 * The build itself rejects a contact without a source (src/schemas/contact.ts) and warns about
 * checks older than 12 months (src/lib/contacts.ts); this report puts it all on one screen.
 *
 *   npm run audit:contacts                 report as text
 *   npm run audit:contacts -- --json       the same as JSON (for tooling)
 *   npm run audit:contacts -- --today 2027-12-01   pretend it is another day
 *
 * Exit code 1 when a contact has no source or is older than 12 months, so CI can flag it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const MAX_AGE_MONTHS = 12;
const root = fileURLToPath(new URL('../content/', import.meta.url));
const args = process.argv.slice(2);
const todayArg = args.includes('--today') ? args[args.indexOf('--today') + 1] : undefined;
const today = todayArg ?? new Date().toISOString().slice(0, 10);
const asJson = args.includes('--json');

const iso = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? undefined : String(v));
function monthsBetween(from, to) {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
function load(dir) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(root, dir, f), 'utf8')) ?? {} }));
}

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
  const verifiedOn = iso(c.verifiedOn);
  const age = verifiedOn ? monthsBetween(verifiedOn, today) : undefined;
  const sources = (c.source ?? []).map((s) => (typeof s === 'string' ? { url: s } : { url: s.url, date: iso(s.date) }));
  const problems = [];
  if (sources.length === 0) problems.push('no source');
  if (!verifiedOn) problems.push('no verifiedOn');
  else if (age > MAX_AGE_MONTHS) problems.push(`checked ${age} months ago (more than ${MAX_AGE_MONTHS})`);
  if (c.status === 'verify') problems.push('status verify: number from one old or unofficial source');
  return {
    id,
    name: typeof c.name === 'string' ? c.name : c.name?.nl,
    phone: c.phone?.display,
    verifiedOn,
    ageMonths: age,
    confidence: c.confidence,
    status: c.status ?? 'ok',
    sources,
    unknown: Object.entries(facts).filter(([, has]) => !has(c)).map(([k]) => k),
    conflicts: (c.conflicts ?? []).map((x) => ({ field: x.field, values: x.values.map((v) => `${v.value} (${v.source}${v.date ? `, ${iso(v.date)}` : ''})`) })),
    notes: c.notes,
    problems,
  };
});

const municipalities = load('municipalities').map(({ id, data: m }) => {
  const missing = [];
  if (!m.generalContact) missing.push('general phone number');
  if (!m.website) missing.push('website');
  if (!m.helpPage) missing.push('municipal page on domestic violence');
  for (const team of m.teams ?? []) if (!team.contact) missing.push(`phone number of ${team.name}`);
  if ((m.teams ?? []).length === 0) missing.push('local team');
  return { id, name: m.name, verifiedOn: iso(m.verifiedOn), missing, notes: m.notes };
});

const failing = contacts.filter((c) => c.problems.some((p) => !p.startsWith('status verify')));

if (asJson) {
  console.log(JSON.stringify({ today, maxAgeMonths: MAX_AGE_MONTHS, contacts, municipalities }, null, 2));
} else {
  const out = [];
  out.push(`Contacts audit, ${today} (a check older than ${MAX_AGE_MONTHS} months needs a new check)`, '');
  for (const c of contacts) {
    out.push(`${c.problems.length ? '!' : ' '} ${c.id}: ${c.name}${c.phone ? `, ${c.phone}` : ''}`);
    out.push(`    checked ${c.verifiedOn ?? 'never'}${c.ageMonths !== undefined ? ` (${c.ageMonths} months ago)` : ''}, confidence ${c.confidence ?? '?'}, status ${c.status}`);
    for (const s of c.sources) out.push(`    source: ${s.url}${s.date ? ` (${s.date})` : ' (undated)'}`);
    if (c.unknown.length) out.push(`    unknown: ${c.unknown.join(', ')}`);
    for (const x of c.conflicts) out.push(`    conflicting ${x.field}: ${x.values.join(' vs ')}`);
    if (c.notes) out.push(`    note: ${c.notes.replace(/\s+/g, ' ').trim()}`);
    for (const p of c.problems) out.push(`    ! ${p}`);
    out.push('');
  }
  out.push('Municipalities: facts not found', '');
  for (const m of municipalities) {
    out.push(`  ${m.name} (checked ${m.verifiedOn}): ${m.missing.length ? m.missing.join('; ') : 'nothing missing'}`);
  }
  out.push('');
  out.push(
    `${contacts.length} contacts; ${failing.length} need attention (no source or too old); ` +
      `${contacts.filter((c) => c.status === 'verify').length} with status verify.`,
  );
  console.log(out.join('\n'));
}
process.exitCode = failing.length > 0 ? 1 : 0;
