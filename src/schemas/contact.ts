import { z } from 'astro/zod';
import {
  confidence,
  httpsUrl,
  localizedText,
  provenance,
  requireTranslationRecords,
  sourceDate,
  sourceRef,
  sources,
  translations,
} from './fields';

/**
 * One organisation or help line: content/contacts/<id>.yaml (the file name is the id).
 * Facts come only from shared/facts. A fact that is not known is left out, never guessed: the
 * contact card shows only what is here, and `npm run audit:contacts` lists the gaps and every
 * fact that no editor has compared with the organisation's own website yet.
 */

const phone = z
  .object(
    {
      display: z.string({ error: 'phone.display is missing: the number as people read it, for example "0800-2000"' }),
      tel: z
        .string({ error: 'phone.tel is missing: digits only, in quotes, for example "08002000"' })
        .regex(/^\d{3,11}$/, 'phone.tel must be digits only, in quotes, for example "08002000"'),
    },
    { error: 'phone needs display (e.g. "0800-2000") and tel (digits only, e.g. "08002000")' },
  )
  .strict()
  .refine((p) => p.display.replace(/\D/g, '') === p.tel, {
    message: 'phone.display and phone.tel are different numbers',
  });

export const conflictFields = ['hours', 'cost', 'phone', 'chat'] as const;

const time = z
  .string({ error: 'a time is written like "09:00" or "17:30", in quotes' })
  .regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'a time is written like "09:00" or "17:30", in quotes');

/**
 * Opening hours as data, shown in every language from this one place (src/lib/hours.ts):
 * "always" (day and night, every day), or the days (daily, weekdays) with from and to.
 */
const hours = z.union(
  [
    z.literal('always'),
    z.object({ days: z.enum(['daily', 'weekdays']), from: time, to: time, usually: z.boolean().optional() }).strict(),
  ],
  { error: 'hours is "always" (day and night, every day), or days (daily or weekdays) with from and to, like from: "09:00"' },
);

export const contactSchema = z
  .object({
    name: z.union([z.string().min(2, 'name is empty'), localizedText], {
      error: 'name is missing: the name of the organisation or line',
    }),
    /** What it is for and for whom, per language. */
    for: localizedText,
    /** What happens when you call (optional). */
    whatHappens: localizedText.optional(),
    phone: phone.optional(),
    /** A second number for the same line (113 and 0800-0113). */
    phoneAlt: phone.optional(),
    chat: z.object({ url: httpsUrl, hours: hours.optional(), anonymous: z.boolean().optional() }).strict().optional(),
    website: httpsUrl.optional(),
    hours: hours.optional(),
    /** Who the hours are for, when not the whole line ("Maatschappelijk Team"). */
    hoursFor: localizedText.optional(),
    /** true = free, false = costs money; leave out when unknown. */
    free: z.boolean({ error: 'free must be true or false (leave it out when unknown)' }).optional(),
    cost: localizedText.optional(),
    anonymous: z.boolean({ error: 'anonymous must be true or false (leave it out when unknown)' }).optional(),
    /** "verify": one old or unofficial source (shared/facts/phone-numbers.tsv); the card then shows its caveat. */
    status: z.enum(['ok', 'verify'], { error: 'status must be ok or verify' }).default('ok'),
    statusNote: localizedText.optional(),
    /** The sources, the most official first: the contact card names the first one. */
    source: sources('a contact'),
    ...provenance,
    confidence,
    /** Facts where sources disagree; the card does not show that fact. */
    conflicts: z
      .array(
        z.object({
          field: z.enum(conflictFields, { error: 'conflicts.field must be hours, cost, phone or chat' }),
          values: z
            .array(z.object({ value: z.string(), source: sourceRef, date: sourceDate }).strict())
            .min(2, 'a conflict lists at least two values, each with its source'),
        }),
      )
      .default([]),
    /** Per language: what Dutch text its translation was made from. */
    translations,
    /** For editors only (not shown on the site). */
    notes: z.string().optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    requireTranslationRecords(c, ctx);
    if (!c.phone && !c.chat && !c.website) {
      ctx.addIssue({
        code: 'custom',
        message: 'a contact needs at least one way to reach it: phone, chat or website',
        path: ['phone'],
      });
    }
    if (c.status === 'verify' && !c.statusNote) {
      ctx.addIssue({
        code: 'custom',
        message: 'a contact with status verify needs statusNote: say where the number comes from',
        path: ['statusNote'],
      });
    }
    if (c.checkedOn && !c.checkedAt) {
      ctx.addIssue({
        code: 'custom',
        message: "checkedOn needs checkedAt: the address of the organisation's own page you compared the contact with",
        path: ['checkedAt'],
      });
    }
    for (const conflict of c.conflicts) {
      if (c[conflict.field] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `${conflict.field} is listed under conflicts, so leave ${conflict.field} out (sources disagree)`,
          path: [conflict.field],
        });
      }
    }
  });

export type ContactData = z.output<typeof contactSchema>;

/** Contact ids that the layout and the blocks use themselves; each must exist in content/contacts. */
export const requiredContactIds = [
  'emergency-112',
  'veilig-thuis',
  'police',
  'kindertelefoon',
  'slachtofferhulp',
  'centrum-seksueel-geweld',
  'zelfmoordpreventie-113',
  'meld-misdaad-anoniem',
  'juridisch-loket',
  'fier',
] as const;
