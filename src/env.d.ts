/// <reference types="astro/client" />

/**
 * What the middleware (src/middleware.ts) puts on `Astro.locals` for every page: the route and
 * its translator. Declared here, where Astro's documentation places it.
 */
declare namespace App {
  interface Locals {
    route: import('./middleware').RouteContext;
    t: import('./data/translate').Translate;
  }
}

/** The read-aloud texts of every language, by language tag (src/integrations/read-aloud-strings.ts). */
declare module 'virtual:read-aloud-strings' {
  const strings: Record<
    string,
    {
      warning: string;
      confirm: string;
      cancel: string;
      pause: string;
      resume: string;
      stop: string;
      noVoice: string;
      failed: string;
      done: string;
    }
  >;
  export default strings;
}
