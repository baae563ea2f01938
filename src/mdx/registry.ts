/**
 * The building blocks editors can use in any MDX page without an import line, each with the CSS
 * it needs. One entry per block; a block that renders other blocks inside lists their styles too.
 *
 * Every page is built by one route, so Astro would bundle the CSS of every block into every
 * page: a plain text page would carry the finder's and the charts' CSS. A page instead gets the
 * site CSS plus the styles of the blocks it uses, in the fixed order of `styles`. The test "every
 * class a page uses is styled on that page" catches a block whose styles are missing here.
 *
 * A new block: its .astro file (and .css) in this folder or its island folder, one entry below.
 */
import Summary from '../components/blocks/Summary.astro';
import Callout from '../components/blocks/Callout.astro';
import Steps from '../components/blocks/Steps.astro';
import PageLink from '../components/blocks/PageLink.astro';
import ContactCard from '../components/blocks/ContactCard.astro';
import MunicipalityContacts from '../components/blocks/MunicipalityContacts.astro';
import FigureChart from '../components/blocks/FigureChart.astro';
import SitemapList from '../components/blocks/SitemapList.astro';
import TakeHomeCard from '../components/blocks/TakeHomeCard.astro';
import StableLink from '../components/blocks/StableLink.astro';
import PrintablesList from '../components/blocks/PrintablesList.astro';
import MarkdownLink from '../components/blocks/MarkdownLink.astro';
import SiteOwner from '../components/blocks/SiteOwner.astro';
import TechStep from '../components/blocks/TechStep.astro';
import EasyStep from '../components/blocks/EasyStep.astro';
import MunicipalityLinks from '../components/blocks/MunicipalityLinks.astro';
import HelpFinder from '../islands/help-finder/HelpFinder.astro';
import SelfCheck from '../islands/self-check/SelfCheck.astro';
import SiteSearch from '../islands/search/SiteSearch.astro';
import contactCard from '../components/blocks/contact-card.css?inline';
import localHelp from '../components/blocks/local-help.css?inline';
import figureChart from '../components/blocks/figure-chart.css?inline';
import helpFinder from '../islands/help-finder/help-finder.css?inline';
import selfCheck from '../islands/self-check/self-check.css?inline';
import search from '../islands/search/search.css?inline';
import printable from '../components/printables/printables.css?inline';
import techStep from '../components/blocks/tech-step.css?inline';
import easyRead from '../components/blocks/easy-read.css?inline';
import Poster from '../components/printables/Poster.astro';
import WalletCard from '../components/printables/WalletCard.astro';
import { blocksUsed } from '../lib/blocks-used';

/** Block CSS, in the order pages include it. */
export const styles = {
  'contact-card': contactCard,
  'help-finder': helpFinder,
  'local-help': localHelp,
  'self-check': selfCheck,
  'figure-chart': figureChart,
  search,
  printable,
  'tech-step': techStep,
  'easy-read': easyRead,
} as const;
export type StyleName = keyof typeof styles;

interface Block {
  component: unknown;
  styles?: readonly StyleName[];
}

export const blocks = {
  Summary: { component: Summary },
  Callout: { component: Callout },
  Steps: { component: Steps },
  PageLink: { component: PageLink },
  ContactCard: { component: ContactCard, styles: ['contact-card'] },
  HelpFinder: { component: HelpFinder, styles: ['contact-card', 'help-finder'] },
  MunicipalityContacts: { component: MunicipalityContacts, styles: ['contact-card', 'local-help'] },
  SelfCheck: { component: SelfCheck, styles: ['contact-card', 'self-check'] },
  FigureChart: { component: FigureChart, styles: ['figure-chart'] },
  SiteSearch: { component: SiteSearch, styles: ['contact-card', 'search'] },
  SitemapList: { component: SitemapList },
  TakeHomeCard: { component: TakeHomeCard, styles: ['printable'] },
  Poster: { component: Poster, styles: ['printable'] },
  WalletCard: { component: WalletCard, styles: ['printable'] },
  StableLink: { component: StableLink },
  PrintablesList: { component: PrintablesList },
  SiteOwner: { component: SiteOwner },
  TechStep: { component: TechStep, styles: ['tech-step'] },
  EasyStep: { component: EasyStep, styles: ['easy-read'] },
  MunicipalityLinks: { component: MunicipalityLinks, styles: ['easy-read'] },
} as const satisfies Record<string, Block>;

export type BlockName = keyof typeof blocks;

/** The components MDX pages may use, by tag name, and how their Markdown links are written. */
export const mdxComponents = {
  ...(Object.fromEntries(Object.entries(blocks).map(([name, b]) => [name, b.component])) as {
    [K in BlockName]: (typeof blocks)[K]['component'];
  }),
  a: MarkdownLink,
};

/** Style names once each, in the fixed order of `styles` (the same CSS order on every page). */
export function inOrder(names: readonly StyleName[]): StyleName[] {
  return (Object.keys(styles) as StyleName[]).filter((s) => names.includes(s));
}

/** The styles a set of blocks needs, once each, in the fixed order of `styles`. */
export function stylesFor(names: readonly string[]): StyleName[] {
  return inOrder(names.flatMap((n) => ((blocks as Record<string, Block>)[n]?.styles ?? []) as StyleName[]));
}

/** The styles an MDX text needs. */
export function stylesUsed(mdx: string): StyleName[] {
  return stylesFor(blocksUsed(mdx, Object.keys(blocks)));
}
