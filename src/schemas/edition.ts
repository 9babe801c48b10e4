import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { tocItemFields as item, editionFields as model } from '../model/editions.ts';
import { tocSections } from '../model/vocabulary.ts';
import { date } from './date';
import { imageWithAlt } from './image';
import { ref } from './ref';

export { tocSections } from '../model/vocabulary.ts';

/** One line of the printed table of contents; it points at exactly one thing online. */
const tocItem = z
  .object({
    page: z.number().int().min(1).max(200).optional().describe(item.page.hint),
    title: z.string().min(item.title.min).describe(item.title.hint),
    article: ref('articles').optional().describe(item.article.hint),
    action: ref('actions').optional().describe(item.action.hint),
    about: ref('pages').optional().describe(item.about.hint),
    section: z.enum(tocSections).optional().describe(item.section.hint),
  })
  .refine((i) => [i.article, i.action, i.about, i.section].filter(Boolean).length === 1, {
    message: 'elke regel verwijst naar precies één van: article, action, about of section',
  });

export const edition = (image: SchemaContext['image']) =>
  z.object({
    year: z.number().int().min(model.year.min).max(model.year.max).describe(model.year.hint),
    title: z.string().trim().min(model.title.min).max(model.title.max).describe(model.title.hint),
    published: date.optional().describe(model.published.hint),
    publisher: z.string().min(model.publisher.min).describe(model.publisher.hint),
    cover: imageWithAlt(image).describe(model.cover.hint),
    toc: z.array(tocItem).min(model.toc.min).describe(model.toc.hint),
  });
