/**
 * The CSS of each feature as text (Vite's ?inline: processed and minified, not bundled), for
 * the pages that use it. See src/lib/page-features.ts for why.
 */
import globalCss from './global.css?inline';
import type { Feature } from '../lib/page-features';
import contactCard from '../components/mdx/contact-card.css?inline';
import helpFinder from '../islands/help-finder/help-finder.css?inline';
import localHelp from '../components/mdx/local-help.css?inline';
import selfCheck from '../islands/self-check/self-check.css?inline';
import figureChart from '../components/mdx/figure-chart.css?inline';
import search from '../islands/search/search.css?inline';

/** The site's own CSS, on every page. */
export { globalCss };

export const featureCss: Record<Feature, string> = {
  'contact-card': contactCard,
  'help-finder': helpFinder,
  'local-help': localHelp,
  'self-check': selfCheck,
  'figure-chart': figureChart,
  search,
};
