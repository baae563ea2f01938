import { z } from 'astro/zod';

/** content/settings.json: site-wide settings editors can change. */
export const settingsSchema = z
  .object({
    /** Where the quick exit goes: a neutral, common website, the same for every language. */
    quickExitUrl: z
      .string({ error: 'is missing: the full https:// address of another website' })
      .regex(/^https:\/\/[^/\s]+\.[^/\s]+\/\S*$/, 'must be a full https:// address of another website, ending in / or a path'),
    /** A note for editors (not used by the site). */
    quickExitNote: z.string().optional(),
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;
