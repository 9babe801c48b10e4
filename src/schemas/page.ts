import { z } from 'astro/zod';
import { pageFields as model } from '../model/collections.ts';
import { date } from './date';
import { lead, title } from './text';

/** Standalone pages such as the colophon and the accessibility statement. */
export const page = z.object({
  title: title.describe(model.title.hint),
  description: lead.describe(model.description.hint),
  updated: date.describe(model.updated.hint),
});
