import { z } from 'astro/zod';

/** Shapes the illustration generator knows; each theme picks one as its motif. */
export const motifs = ['sun', 'leaf', 'house', 'drop', 'people', 'bridge', 'book'] as const;

export const theme = z.object({
  name: z.string().trim().min(2).describe('Naam van het thema zoals lezers het zien.'),
  description: z.string().trim().min(20).max(220).describe('Eén zin over waar dit thema over gaat.'),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, 'een kleur als #rrggbb')
    .describe('Hoofdkleur voor illustraties van dit thema (#rrggbb).'),
  motif: z.enum(motifs).describe(`Vorm in illustraties: ${motifs.join(', ')}.`),
});
