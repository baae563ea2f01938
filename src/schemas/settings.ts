import { z } from 'astro/zod';

/** A name that is set, or null while it has not been decided. */
const nameOrNull = (what: string) =>
  z
    .string({ error: `must be the name of ${what} in quotes, or null while it is not decided` })
    .trim()
    .min(2, `must be the name of ${what}, or null while it is not decided`)
    .nullable();

/** content/settings.json: site-wide settings editors can change. */
export const settingsSchema = z
  .object({
    /** Where the quick exit goes: a neutral, common website, the same for every language. */
    quickExitUrl: z
      .string({ error: 'is missing: the full https:// address of another website' })
      .regex(/^https:\/\/[^/\s]+\.[^/\s]+\/\S*$/, 'must be a full https:// address of another website, ending in / or a path'),
    /** A note for editors (not used by the site). */
    quickExitNote: z.string().optional(),
    /**
     * Who publishes the site, as the site names it (footer, about page). null until it is
     * decided: the pages then say neutrally what the site is and the build warns.
     */
    publisher: nameOrNull('the organisation that publishes the site'),
    /** Who is responsible for personal data under the GDPR (privacy page). null until decided. */
    privacyController: nameOrNull('the organisation responsible for personal data (GDPR controller)'),
    /** A note for editors (not used by the site). */
    publisherNote: z.string().optional(),
  })
  .strict();

export type Settings = z.output<typeof settingsSchema>;
