import { z } from 'astro/zod';
import { date } from './date';
import { lead, title } from './text';

/** Standalone pages such as the colophon and the accessibility statement. */
export const page = z.object({
  title,
  description: lead,
  updated: date.describe('Datum van de laatste wijziging.'),
});
