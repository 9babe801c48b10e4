import { z } from 'astro/zod';
import { themeFields as model } from '../model/places.ts';
import { motifs } from '../model/vocabulary.ts';

export { motifs } from '../model/vocabulary.ts';

export const theme = z.object({
  name: z.string().trim().min(model.name.min).describe(model.name.hint),
  description: z.string().trim().min(model.description.min).max(model.description.max).describe(model.description.hint),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, 'een kleur als #rrggbb')
    .describe(model.color.hint),
  motif: z.enum(motifs).describe(model.motif.hint),
});
