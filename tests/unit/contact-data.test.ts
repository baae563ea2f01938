import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contactSchema, requiredContactIds } from '../../src/schemas/contact';
import { LOCAL_SECTION, municipalitySchema } from '../../src/schemas/municipality';
import { sourceDate } from '../../src/schemas/fields';

const root = join(import.meta.dirname, '../../content');
function loadDir(dir: string) {
  return Object.fromEntries(
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(root, dir, f), 'utf8'))]),
  );
}
const rawContacts = loadDir('contacts');
const rawMunicipalities = loadDir('municipalities');
const contacts = Object.fromEntries(Object.entries(rawContacts).map(([id, d]) => [id, contactSchema.parse(d)]));
const municipalities = Object.fromEntries(Object.entries(rawMunicipalities).map(([id, d]) => [id, municipalitySchema.parse(d)]));

/** Numbers allowed on the site, from the shared fact sheet (beside the clone in CI; empty without it). */
const factsFile = join(import.meta.dirname, '../../../shared/facts/phone-numbers.tsv');
const allowed = new Map(
  (existsSync(factsFile) ? readFileSync(factsFile, 'utf8') : '')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('digits'))
    .map((l) => l.split('\t') as [string, string, string])
    .map(([digits, status]) => [digits, status]),
);

describe('contact data', () => {
  it.each([...requiredContactIds])('has the contact id %s that pages use', (id) => {
    expect(contacts[id]).toBeDefined();
  });

  // The facts sheet is beside the clone in CI (and on the team's machines); a clone on its own has
  // the same numbers checked by the build's phone-number step when ../shared is there.
  it.skipIf(!existsSync(factsFile)).each(Object.keys(rawContacts))(
    '%s uses only numbers from shared/facts/phone-numbers.tsv, with their status',
    (id) => {
      const c = contacts[id]!;
      for (const p of [c.phone, c.phoneAlt]) {
        if (!p) continue;
        expect(allowed.has(p.tel), `${p.tel} not in phone-numbers.tsv`).toBe(true);
        expect(c.status).toBe(allowed.get(p.tel) === 'verify' ? 'verify' : 'ok');
      }
    },
  );

  it('does not show Kindertelefoon hours, because the sources disagree', () => {
    expect(contacts.kindertelefoon!.hours).toBeUndefined();
    expect(contacts.kindertelefoon!.conflicts.map((c) => c.field)).toContain('hours');
  });
});

describe('contact schema', () => {
  const valid = rawContacts['veilig-thuis'];
  it('rejects a contact without a source, in words an editor understands', () => {
    const result = contactSchema.safeParse({ ...valid, source: [] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('a contact needs at least one source (a web address)');
  });
  it('rejects a contact with no source field at all', () => {
    const { source: _drop, ...rest } = valid;
    expect(contactSchema.safeParse(rest).success).toBe(false);
  });
  it('rejects a phone whose display and tel differ', () => {
    const result = contactSchema.safeParse({ ...valid, phone: { display: '0800-2000', tel: '08002001' } });
    expect(result.success).toBe(false);
  });
  it('rejects hours when the hours are listed as conflicting', () => {
    const raw = rawContacts.kindertelefoon;
    const result = contactSchema.safeParse({ ...raw, hours: { nl: 'altijd', en: 'always' } });
    expect(result.success).toBe(false);
  });
  it('rejects text without English', () => {
    expect(contactSchema.safeParse({ ...valid, for: { nl: 'Alleen Nederlands' } }).success).toBe(false);
  });
  it('rejects an unknown confidence label', () => {
    expect(contactSchema.safeParse({ ...valid, confidence: 'sure' }).success).toBe(false);
  });
});

describe('municipality data', () => {
  it('has municipality files', () => {
    expect(Object.keys(municipalities).length).toBeGreaterThan(0);
  });

  it.each(Object.keys(rawMunicipalities))('%s refers only to existing contacts', (slug) => {
    const m = municipalities[slug]!;
    for (const id of m.contacts) if (id !== LOCAL_SECTION) expect(contacts[id], id).toBeDefined();
    if (m.generalContact) expect(contacts[m.generalContact]).toBeDefined();
    for (const team of m.teams) if (team.contact) expect(contacts[team.contact], team.contact).toBeDefined();
    expect(m.contacts).toContain('veilig-thuis');
    expect(m.contacts).toContain('emergency-112');
  });

  it('has no postcode that belongs to two municipalities', () => {
    const all = Object.entries(municipalities).flatMap(([slug, m]) => m.postcodes.map((r) => ({ slug, r })));
    for (const a of all)
      for (const b of all)
        if (a !== b) expect(a.r[1] < b.r[0] || b.r[1] < a.r[0], `${a.slug} ${a.r} overlaps ${b.slug} ${b.r}`).toBe(true);
  });

  it('rejects a postcode range written the wrong way round', () => {
    const result = municipalitySchema.safeParse({ ...rawMunicipalities.delft, postcodes: ['2629-2622'] });
    expect(result.success).toBe(false);
  });
});

describe('the date of a source', () => {
  it('is a real date or "undated"', () => {
    for (const ok of ['2021', '2021-02', '2021-02-10', 'undated', 2021])
      expect(sourceDate.safeParse(ok).success, String(ok)).toBe(true);
  });
  it('rejects what is not a date: the first digits of a phone number, a month 13, a word', () => {
    for (const bad of ['0800', '2021-13', '2021-02-30x', 'zonder datum', '', 800])
      expect(sourceDate.safeParse(bad).success, String(bad)).toBe(false);
  });
});
