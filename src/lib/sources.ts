/** The seed documents in shared/seeds (see its README) and the facts files in shared/facts. */
export const seedFiles = [
  '000_a1ef79bc55131442.txt',
  '001_c27f374d1fabb481.txt',
  '002_708bdbec8e435d9e.txt',
  '003_801f2afde0e7571f.txt',
  '004_6db570624b640038.txt',
] as const;

export const factFiles = ['facts/contacts.md', 'facts/topics.md', 'facts/phone-numbers.tsv'] as const;

export function isKnownSourceFile(source: string): boolean {
  return (seedFiles as readonly string[]).includes(source) || (factFiles as readonly string[]).includes(source);
}

/**
 * Hosts that serve copies of other sites (Wikipedia mirrors, translation proxies, document
 * copy sites). A copy is not where an organisation said something: cite the original.
 */
const MIRROR_HOSTS: RegExp[] = [
  /(^|\.)lescigales\.org$/,
  /(^|\.)gtool\.pro$/,
  /(^|\.)zxc\.wiki$/,
  /(^|\.)qaz\.wiki$/,
  /(^|\.)wiki\.li$/,
  /(^|\.)defzone\.net$/,
  /(^|\.)wikiless\./,
  /(^|\.)wikiclassic\.com$/,
  /\.eth\.limo$/,
  /(^|\.)infogalactic\.com$/,
  /(^|\.)perceptiode\.com$/,
  /(^|\.)hawaiilibrary\.net$/,
  /(^|\.)knowledgr\.com$/,
  /(^|\.)casplantje\.nl$/,
  /(^|\.)qwika\.com$/,
  /(^|\.)kidzsearch\.com$/,
  /(^|\.)inklupedia\.de$/,
  /(^|\.)5dok\.net$/,
  /(^|\.)docslib\.org$/,
  /(^|\.)studylibnl\.com$/,
  /\.shop$/,
];

/** The mirror host of a source address, or undefined when it is not a known mirror. */
export function mirrorHost(url: string): string | undefined {
  const host = /^https?:\/\/([^/?#]+)/.exec(url)?.[1]?.toLowerCase();
  return host && MIRROR_HOSTS.some((m) => m.test(host)) ? host : undefined;
}

/** Human-readable names of the seed documents and facts files, for the sources list of a page. */
export const sourceTitles: Record<string, string> = {
  '000_a1ef79bc55131442.txt': 'Advies Adviesraad Sociaal Domein Delft over de Regiovisie (2019)',
  '001_c27f374d1fabb481.txt': 'Regiovisie Aanpak huiselijk geweld Haaglanden 2019-2022 (2019)',
  '002_708bdbec8e435d9e.txt': 'Reactie regio Hollands Midden op advies over de regiovisie 2024-2029 (2023)',
  '003_801f2afde0e7571f.txt': 'Tussenrapportage Regiovisie, raadsbrief Rijswijk (2021)',
  '004_6db570624b640038.txt': 'G4-visie Een veilig thuis, Den Haag (2014)',
  'facts/contacts.md': 'Overzicht van hulpcontacten in Haaglanden, met bron per gegeven, verzameld in november 2026',
  'facts/topics.md': 'Overzicht van bronnen per onderwerp, verzameld in november 2026',
  'facts/phone-numbers.tsv': 'Lijst van telefoonnummers met hun bron (2026)',
};
