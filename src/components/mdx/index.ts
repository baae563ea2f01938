/**
 * The building blocks editors can use in any MDX page without an import line.
 * One entry per component; each feature owns its own file.
 */
import Summary from './Summary.astro';
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import PageLink from './PageLink.astro';
import ContactCard from './ContactCard.astro';
import HelpFinder from './HelpFinder.astro';
import MunicipalityContacts from './MunicipalityContacts.astro';
import SelfCheck from './SelfCheck.astro';
import FigureChart from './FigureChart.astro';
import SiteSearch from './SiteSearch.astro';
import SitemapList from './SitemapList.astro';
import TakeHomeCard from './TakeHomeCard.astro';
import StableLink from './StableLink.astro';

export const mdxComponents = {
  Summary,
  Callout,
  Steps,
  PageLink,
  ContactCard,
  HelpFinder,
  MunicipalityContacts,
  SelfCheck,
  FigureChart,
  SiteSearch,
  SitemapList,
  TakeHomeCard,
  StableLink,
};
