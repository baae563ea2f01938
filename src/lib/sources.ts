/**
 * The documents a page may cite by file name, with the title its sources list shows: the seed
 * documents in shared/seeds (see its README) and the facts files in shared/facts. One list: a new
 * source document is one line here.
 */
export const sourceTitles: Record<string, string> = {
  '000_a1ef79bc55131442.txt': 'Advies Adviesraad Sociaal Domein Delft over de Regiovisie (2019)',
  '001_c27f374d1fabb481.txt': 'Regiovisie Aanpak huiselijk geweld Haaglanden 2019-2022 (2019)',
  '002_708bdbec8e435d9e.txt': 'Reactie regio Hollands Midden op advies over de regiovisie 2024-2029 (2023)',
  '003_801f2afde0e7571f.txt': 'Tussenrapportage Regiovisie, raadsbrief Rijswijk (2021)',
  '004_6db570624b640038.txt': 'G4-visie Een veilig thuis, Den Haag (2014)',
  'facts/contacts.md': 'Overzicht van hulpcontacten in Haaglanden, met bron per gegeven, verzameld in november 2026',
  'facts/topics.md': 'Overzicht van bronnen per onderwerp, verzameld in november en december 2026',
  'facts/tech-safety.md': 'Overzicht van bronnen over veiligheid van telefoons en accounts, verzameld in november 2026',
  'facts/phone-numbers.tsv': 'Lijst van telefoonnummers met hun bron (2026)',
};

export function isKnownSourceFile(source: string): boolean {
  return Object.hasOwn(sourceTitles, source);
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
