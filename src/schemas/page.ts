import { z } from 'astro/zod';
import { lead, title } from './text';

/** Standalone pages such as the colophon and the accessibility statement. */
export const page = z.object({
  title,
  description: lead,
  updated: z.coerce.date().describe('Datum van de laatste wijziging.'),
});
