import { z } from 'astro/zod';

/** Placeholder: the municipality schema is defined by its feature (see content/README.md). */
export const municipalitySchema = z.object({}).passthrough();
