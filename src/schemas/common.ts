import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { date } from './date';
import { imageWithAlt, photo } from './image';
import { person } from './person';
import { expected } from './plain';
import { ref } from './ref';
import { lead, title } from './text';

/** Fields every published piece shares, articles and actions alike. */
export const pieceFields = (image: SchemaContext['image']) => ({
  title,
  lead,
  // No publication date of its own: a piece carries its edition's ("Buurkracht 2025"), since print gives no day.
  updated: date.optional().describe('Alleen na een inhoudelijke correctie online: de datum daarvan, als JJJJ-MM-DD.'),
  edition: ref('editions').describe('Editie van het magazine, bijvoorbeeld 2025.'),
  themes: z
    .array(ref('themes'), { error: expected('een lijst thema’s, bijvoorbeeld [vergroening]') })
    .min(1, { error: expected('minstens één thema') })
    .describe('Thema’s: bestandsnamen in content/themes/.'),
  people: z.array(person).default([]).describe('Mensen die in het stuk genoemd worden, met hun rol.'),
  hero: imageWithAlt(image).describe('Getekende illustratie: bovenaan het stuk als er geen foto is, met alt-tekst.'),
  photo: photo(image).optional().describe('Foto bovenaan het stuk en op zijn kaartje, uit content/photos/, met alt-tekst en bronvermelding.'),
  draft: z
    .boolean({ error: expected('true of false') })
    .default(false)
    .describe('true = concept: wordt niet gepubliceerd.'),
  relatedArticles: z.array(ref('articles')).default([]).describe('Verwante artikelen.'),
  relatedActions: z.array(ref('actions')).default([]).describe('Verwante inspirerende acties.'),
});
