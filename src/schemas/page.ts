import { z } from 'astro/zod';
import { isPageId } from '../lib/page-ids';
import { isKnownSource } from '../lib/sources';

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

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'));

/** Frontmatter of a page in content/pages/<locale>/. Friendly messages: editors read them. */
export const pageSchema = z.object({
  id: z.string().refine(isPageId, 'is not a known page id'),
  title: z.string().min(2, 'is missing').max(70, 'is longer than 70 characters'),
  description: z.string().min(10, 'is too short').max(200, 'is longer than 200 characters'),
  audience: z.array(z.enum(audiences)).min(1, 'needs at least one audience'),
  keywords: z.array(z.string().min(2)).default([]),
  sources: z
    .array(z.string().refine(isKnownSource, 'is not a seed file name, facts/contacts.md or an https:// address'))
    .min(1, 'needs at least one source'),
  reviewed: isoDate,
  next: z.array(z.string().refine(isPageId, 'is not a known page id')).default([]),
  translatedFrom: z
    .object({ locale: z.literal('nl'), reviewed: isoDate })
    .optional(),
  /** Pages that should not be listed in the sitemap page or indexed (e.g. 404). */
  hidden: z.boolean().default(false),
});

export type PageData = z.output<typeof pageSchema>;
