import { z } from 'astro/zod';
import { person as model } from '../model/fields.ts';

/** A person mentioned in a piece, with the role the magazine gives them. */
export const person = z.object({
  name: z.string().trim().min(model.name.min).describe(model.name.hint),
  role: z.string().trim().min(model.role.min).describe(model.role.hint),
  organisation: z.string().trim().min(model.organisation.min).optional().describe(model.organisation.hint),
});

export type Person = z.infer<typeof person>;
