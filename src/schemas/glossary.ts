import { z } from 'astro/zod';

/**
 * content/glossary/<locale>.yaml: how this site writes key terms in one language, so every page,
 * button and contact text uses the same words. Dutch names of services stay Dutch (`use` is the
 * Dutch name) with a short explanation at first mention (`explain`). `avoid` lists variants that
 * must not appear anywhere in that language (tests/unit/glossary.test.ts checks every text).
 */
export const glossarySchema = z
  .object({
    terms: z
      .array(
        z
          .object({
            /** The Dutch term. */
            term: z.string().min(1),
            /** How this language writes it. */
            use: z.string().min(1),
            /** A short explanation in this language, for the first mention of a Dutch name. */
            explain: z.string().optional(),
            /** Variants that must not be used. */
            avoid: z.array(z.string().min(1)).default([]),
            /** For translators. */
            note: z.string().optional(),
          })
          .strict(),
      )
      .min(5, 'a glossary names at least the five key terms: Veilig Thuis, huisverbod, aangifte, wijkteam, Kindertelefoon'),
  })
  .strict();
