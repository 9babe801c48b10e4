import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { pieceFields as model } from '../model/pieces.ts';
import { date } from './date';
import { imageWithAlt, photo } from './image';
import { person } from './person';
import { expected } from './plain';
import { ref } from './ref';
import { lead, title } from './text';

/**
 * Fields every published piece shares, articles and actions alike; hints live in src/model/pieces.ts.
 * Astro calls a collection's schema function once per entry (its `image()` knows the entry's folder),
 * so the fields that do not need `image` are built once here, not once per entry (docs/performance.md).
 */
const shared = {
  title,
  lead,
  // No publication date of its own: a piece carries its edition's ("Buurkracht 2025"), since print gives no day.
  updated: date.optional().describe(model.updated.hint),
  edition: ref('editions').describe(model.edition.hint),
  themes: z
    .array(ref('themes'), { error: expected('een lijst thema’s, bijvoorbeeld [vergroening]') })
    .min(1, { error: expected('minstens één thema') })
    .describe(model.themes.hint),
  people: z.array(person).default([]).describe(model.people.hint),
  draft: z
    .boolean({ error: expected('true of false') })
    .default(false)
    .describe(model.draft.hint),
  relatedArticles: z.array(ref('articles')).default([]).describe(model.relatedArticles.hint),
  relatedActions: z.array(ref('actions')).default([]).describe(model.relatedActions.hint),
};

export const pieceFields = (image: SchemaContext['image']) => ({
  ...shared,
  hero: imageWithAlt(image).optional().describe(model.hero.hint),
  photo: photo(image).optional().describe(model.photo.hint),
});

/**
 * A piece opens with its photo or, without one, its drawn illustration: one of the two must be there.
 * An editor with a photo needs no illustration; `npm run new` draws one for a piece without a photo.
 */
export function heroOrPhoto(piece: { hero?: unknown; photo?: unknown }, ctx: z.RefinementCtx) {
  if (piece.hero || piece.photo) return;
  ctx.addIssue({
    code: 'custom',
    path: ['hero'],
    message: 'verwacht een foto onder photo of een getekende illustratie onder hero: een van beide is verplicht, gevonden: geen van beide',
  });
}
