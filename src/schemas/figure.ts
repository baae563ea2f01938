import { z } from 'astro/zod';

/** Placeholder: the figure schema is defined by its feature (see content/README.md). */
export const figureSchema = z.object({}).passthrough();
