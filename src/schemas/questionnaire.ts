import { z } from 'astro/zod';

/** Placeholder: the questionnaire schema is defined by its feature (see content/README.md). */
export const questionnaireSchema = z.object({}).passthrough();
