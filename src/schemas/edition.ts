import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { date } from './date';
import { imageWithAlt } from './image';
import { ref } from './ref';
import { title } from './text';

/** Sections of the printed magazine that are not single entries. */
export const tocSections = ['acties', 'monitor'] as const;

/** One line of the printed table of contents; it points at exactly one thing online. */
const tocItem = z
  .object({
    page: z.number().int().min(1).max(200).optional().describe('Paginanummer in print, als het magazine het noemt.'),
    title: z.string().min(2).describe('Titel zoals in de inhoudsopgave.'),
    article: ref('articles').optional(),
    action: ref('actions').optional(),
    about: ref('pages').optional(),
    section: z.enum(tocSections).optional(),
  })
  .refine((i) => [i.article, i.action, i.about, i.section].filter(Boolean).length === 1, {
    message: 'elke regel verwijst naar precies één van: article, action, about of section',
  });

export const edition = (image: SchemaContext['image']) =>
  z.object({
    year: z.number().int().min(2020).max(2100).describe('Jaargang.'),
    title,
    published: date.optional().describe('Verschijningsdatum van het gedrukte magazine, alleen als die bekend is.'),
    publisher: z.string().min(2).describe('Uitgever.'),
    cover: imageWithAlt(image),
    toc: z.array(tocItem).min(1).describe('De gedrukte inhoudsopgave, in volgorde.'),
  });
