import { z } from 'astro/zod';

/**
 * A person mentioned in a piece. `role` and `organisation` only where the magazine prints them next to
 * the name: a role the print does not give is left out, never guessed.
 */
export const person = z.object({
  name: z.string().trim().min(2).describe('Naam precies zoals gedrukt.'),
  role: z
    .string()
    .trim()
    .min(2)
    .optional()
    .describe('Rol of functie zoals gedrukt, bijvoorbeeld "kartrekker". Noemt het magazine geen rol, laat dit veld dan weg.'),
  organisation: z.string().trim().min(2).optional().describe('Organisatie of gemeente, als die genoemd wordt.'),
});

export type Person = z.infer<typeof person>;
