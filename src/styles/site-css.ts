/**
 * The CSS every page carries, inline (Vite's ?inline: processed and minified): the site's own and
 * the quick exit's. Blocks add their own CSS only on pages that use them
 * (src/components/blocks/registry.ts).
 */
import global from './global.css?inline';
import quickExit from '../components/quick-exit/quick-exit.css?inline';

export const siteCss = `${global}\n${quickExit}`;
