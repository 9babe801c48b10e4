import { z } from 'astro/zod';

/** A person mentioned in a piece, with the role the magazine gives them. */
export const person = z.object({
  name: z.string().trim().min(2).describe('Naam precies zoals gedrukt.'),
  role: z.string().trim().min(2).describe('Rol of functie, bijvoorbeeld "kartrekker dorpsteam".'),
  organisation: z.string().trim().min(2).optional().describe('Organisatie of gemeente, als die genoemd wordt.'),
});

export type Person = z.infer<typeof person>;
