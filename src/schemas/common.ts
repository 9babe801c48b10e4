import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { pieceFields as model } from '../model/pieces.ts';
import { date } from './date';
import { imageWithAlt, photo } from './image';
import { person } from './person';
import { expected } from './plain';
import { ref } from './ref';
import { lead, title } from './text';

/** Fields every published piece shares, articles and actions alike. Hints: src/model/pieces.ts. */
export const pieceFields = (image: SchemaContext['image']) => ({
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
  hero: imageWithAlt(image).describe(model.hero.hint),
  photo: photo(image).optional().describe(model.photo.hint),
  draft: z
    .boolean({ error: expected('true of false') })
    .default(false)
    .describe(model.draft.hint),
  relatedArticles: z.array(ref('articles')).default([]).describe(model.relatedArticles.hint),
  relatedActions: z.array(ref('actions')).default([]).describe(model.relatedActions.hint),
});
