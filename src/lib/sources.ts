/** The seed documents in shared/seeds (see its README) and the facts sheet. */
export const seedFiles = [
  '000_a1ef79bc55131442.txt',
  '001_c27f374d1fabb481.txt',
  '002_708bdbec8e435d9e.txt',
  '003_801f2afde0e7571f.txt',
  '004_6db570624b640038.txt',
] as const;

export const factFiles = ['facts/contacts.md', 'facts/phone-numbers.tsv'] as const;

export function isKnownSource(source: string): boolean {
  return (
    (seedFiles as readonly string[]).includes(source) ||
    (factFiles as readonly string[]).includes(source) ||
    /^https:\/\/[^\s]+\.[^\s]+$/.test(source)
  );
}
