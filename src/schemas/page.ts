import { z } from 'astro/zod';
import { isoDate, slug, sourceRef, translationRecord } from './fields';
import { pageKinds } from '../lib/page-kinds';

export { pageKinds, type PageKind } from '../lib/page-kinds';

export const audiences = [
  'residents',
  'bystanders',
  'victims',
  'young-people',
  'older-people',
  'people-using-violence',
  'professionals',
  'volunteers',
  'schools',
] as const;

/**
 * Frontmatter of a page in content/pages/<locale>/. Friendly messages: editors read them.
 * `kind` and the place of `menu` are read from the Dutch page; a translation may leave them out
 * and gives only its own `menu.label`.
 */
export const pageSchema = z
  .object({
    id: slug,
    title: z.string().min(2, 'is missing').max(70, 'is longer than 70 characters'),
    description: z.string().min(10, 'is too short').max(200, 'is longer than 200 characters'),
    audience: z.array(z.enum(audiences)).min(1, 'needs at least one audience'),
    kind: z.enum(pageKinds, { error: `must be one of: ${pageKinds.join(', ')}` }).optional(),
    /** A place in the header or footer menu; `label` is the short menu text (default: the title). */
    menu: z
      .object({
        place: z.enum(['header', 'footer'], { error: 'menu.place must be header or footer' }).optional(),
        order: z.number({ error: 'menu.order must be a number (1 comes first)' }).int().optional(),
        label: z.string().min(2).max(40, 'menu.label is longer than 40 characters').optional(),
      })
      .strict()
      .optional(),
    keywords: z.array(z.string().min(2)).default([]),
    sources: z.array(sourceRef).min(1, 'needs at least one source'),
    /** The date the text was last written or changed (not a check of the facts). */
    updated: isoDate,
    next: z.array(slug).default([]),
    /** A translation: what Dutch text it was made from (hash), its status and date. */
    translatedFrom: translationRecord
      .extend({ locale: z.literal('nl') })
      .strict()
      .optional(),
    /** Made for paper (lessons): printed on A4 without menus, with a QR code back to the page. */
    print: z.boolean().default(false),
    /** Pages that should not be listed in the sitemap page or indexed (e.g. 404). */
    hidden: z.boolean().default(false),
  })
  .strict();

export type PageData = z.output<typeof pageSchema>;
