import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page';
import { contactSchema } from './schemas/contact';
import { municipalitySchema } from './schemas/municipality';
import { questionnaireSchema } from './schemas/questionnaire';
import { figureSchema } from './schemas/figure';

/**
 * Editors' content lives in ../content (outside src) so that they never need to open code.
 * Page entry ids are "<locale>/<slug>"; the frontmatter `id` links translations. Whole-site checks
 * (duplicates, links between pages) run once on these entries in src/data/site.ts; checks that
 * need no page text (folders, UI strings) run before the build in src/integrations/content-guard.ts.
 */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

const contacts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/contacts' }),
  schema: contactSchema,
});

/** One file per municipality: its page, poster, card and help-finder places are made from it. */
const municipalities = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/municipalities' }),
  schema: municipalitySchema,
});

const questionnaires = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/questionnaires' }),
  schema: questionnaireSchema,
});

const figures = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/figures' }),
  schema: figureSchema,
});

export const collections = { pages, contacts, municipalities, questionnaires, figures };
