import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { articleFields, articleVariants } from '../model/pieces.ts';
import { articleKinds } from '../model/vocabulary.ts';
import { heroOrPhoto, pieceFields } from './common';
import { person } from './person';
import { expected, found } from './plain';
import { printPages } from './printPages';
import { ref } from './ref';
import { startDate } from './startDate';

export { type ArticleKind, articleKinds } from '../model/vocabulary.ts';

const base = (image: SchemaContext['image']) =>
  z.object({
    ...pieceFields(image),
    printPages: printPages.optional().describe(articleFields.printPages.hint),
    places: z.array(ref('places')).default([]).describe(articleFields.places.hint),
    municipalities: z.array(ref('municipalities')).default([]).describe(articleFields.municipalities.hint),
  });

/** One base schema, extended per kind into a discriminated union on `kind`. */
export const article = (image: SchemaContext['image']) => {
  // Astro builds this once per entry (image() knows the entry's folder): build the base once, not per kind.
  const shared = base(image);
  return z
    .discriminatedUnion(
      'kind',
      [
        shared.extend({
          kind: z.literal('interview'),
          interviewee: person.describe(articleVariants.interview.interviewee.hint),
        }),
        shared.extend({ kind: z.literal('achtergrond') }),
        shared.extend({
          kind: z.literal('succesverhaal'),
          places: z
            .array(ref('places'))
            .min(1, { error: expected('minstens één plaats: een succesverhaal speelt ergens') })
            .describe(articleVariants.succesverhaal.places.hint),
        }),
        shared.extend({
          kind: z.literal('academie'),
          course: z
            .object({
              name: z.string().min(3).describe(articleVariants.academie.course.fields.name.hint),
              format: z.string().min(3).describe(articleVariants.academie.course.fields.format.hint),
              startDates: z.array(startDate).default([]).describe(articleVariants.academie.course.fields.startDates.hint),
            })
            .optional()
            .describe(articleVariants.academie.course.hint),
        }),
        shared.extend({
          kind: z.literal('partners'),
          partners: z.array(z.string().min(2)).min(1).describe(articleVariants.partners.partners.hint),
        }),
      ],
      {
        error: (issue) =>
          `verwacht als kind één van: ${Object.keys(articleKinds).join(', ')}, gevonden: ${found((issue.input as { kind?: unknown } | undefined)?.kind)}`,
      },
    )
    .superRefine(heroOrPhoto);
};
