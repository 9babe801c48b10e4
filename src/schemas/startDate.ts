import { z } from 'astro/zod';
import { date } from './date';

/**
 * One start date of a course, kept by the editors in the training piece's frontmatter. The page lists the
 * dates that have not passed at build time; with none left it says how to hear about new ones.
 */
export const startDate = z
  .object({
    date: date.describe('Startdatum (de eerste bijeenkomst), als JJJJ-MM-DD.'),
    location: z.string().trim().min(2).max(80).optional().describe('Waar de training begint, bijvoorbeeld "Utrecht" of "online".'),
    note: z.string().trim().min(2).max(120).optional().describe('Korte toevoeging, bijvoorbeeld "nog drie plaatsen vrij".'),
  })
  .strict();

export type StartDate = z.infer<typeof startDate>;
