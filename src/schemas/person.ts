import { z } from 'astro/zod';
import { person as model } from '../model/fields.ts';

/**
 * A person mentioned in a piece. `role` and `organisation` only where the magazine prints them next to
 * the name: a role the print does not give is left out, never guessed.
 */
export const person = z.object({
  name: z.string().trim().min(model.name.min).describe(model.name.hint),
  role: z.string().trim().min(model.role.min).optional().describe(model.role.hint),
  organisation: z.string().trim().min(model.organisation.min).optional().describe(model.organisation.hint),
});

export type Person = z.infer<typeof person>;
