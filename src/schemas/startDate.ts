import { z } from 'astro/zod';
import { articleVariants } from '../model/pieces.ts';
import { date } from './date';

const model = articleVariants.academie.course.fields.startDates.of.fields;

/**
 * One start date of a course, kept by the editors in the training piece's frontmatter. The page lists the
 * dates that have not passed at build time; with none left it says how to hear about new ones.
 */
export const startDate = z
  .object({
    date: date.describe(model.date.hint),
    location: z.string().trim().min(model.location.min).max(model.location.max).optional().describe(model.location.hint),
    note: z.string().trim().min(model.note.min).max(model.note.max).optional().describe(model.note.hint),
  })
  .strict();

export type StartDate = z.infer<typeof startDate>;
