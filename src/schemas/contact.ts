import { z } from 'astro/zod';

/** Placeholder: the contact schema is defined by its feature (see content/README.md). */
export const contactSchema = z.object({}).passthrough();
