import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { date } from './date';
import { imageWithAlt } from './image';
import { person } from './person';
import { expected } from './plain';
import { ref } from './ref';
import { lead, title } from './text';

/**
 * Fields every published piece shares, articles and actions alike. Astro calls a collection's
 * schema function once per entry (its `image()` knows the entry's folder), so the fields that do
 * not need `image` are built once here, not once per entry (docs/performance.md, "Content sync").
 */
const shared = {
  title,
  lead,
  date: date.describe('Publicatiedatum online, als JJJJ-MM-DD.'),
  updated: date.optional().describe('Datum van de laatste inhoudelijke wijziging, als JJJJ-MM-DD.'),
  edition: ref('editions').describe('Editie van het magazine, bijvoorbeeld 2025.'),
  themes: z
    .array(ref('themes'), { error: expected('een lijst thema’s, bijvoorbeeld [vergroening]') })
    .min(1, { error: expected('minstens één thema') })
    .describe('Thema’s: bestandsnamen in content/themes/.'),
  people: z.array(person).default([]).describe('Mensen die in het stuk genoemd worden, met hun rol.'),
  draft: z
    .boolean({ error: expected('true of false') })
    .default(false)
    .describe('true = concept: wordt niet gepubliceerd.'),
  relatedArticles: z.array(ref('articles')).default([]).describe('Verwante artikelen.'),
  relatedActions: z.array(ref('actions')).default([]).describe('Verwante inspirerende acties.'),
};

export const pieceFields = (image: SchemaContext['image']) => ({
  ...shared,
  hero: imageWithAlt(image).describe('Beeld bovenaan het stuk, met alt-tekst.'),
});
