import { reference, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { imageWithAlt } from './image';
import { person } from './person';
import { lead, title } from './text';

/** Fields every published piece shares, articles and actions alike. */
export const pieceFields = (image: SchemaContext['image']) => ({
  title,
  lead,
  date: z.coerce.date().describe('Publicatiedatum online, als JJJJ-MM-DD.'),
  updated: z.coerce.date().optional().describe('Datum van de laatste inhoudelijke wijziging, als JJJJ-MM-DD.'),
  edition: reference('editions').describe('Editie van het magazine, bijvoorbeeld 2025.'),
  themes: z.array(reference('themes')).min(1, 'minstens één thema').describe('Thema’s: bestandsnamen in content/themes/.'),
  people: z.array(person).default([]).describe('Mensen die in het stuk genoemd worden, met hun rol.'),
  hero: imageWithAlt(image).describe('Beeld bovenaan het stuk, met alt-tekst.'),
  draft: z.boolean().default(false).describe('true = concept: wordt niet gepubliceerd.'),
  relatedArticles: z.array(reference('articles')).default([]).describe('Verwante artikelen.'),
  relatedActions: z.array(reference('actions')).default([]).describe('Verwante inspirerende acties.'),
});
