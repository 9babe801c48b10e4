import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { articleKinds } from './articleKinds';
import { pieceFields } from './common';
import { person } from './person';
import { expected, found } from './plain';
import { printPages } from './printPages';
import { ref } from './ref';

export { type ArticleKind, articleKinds } from './articleKinds';

const base = (image: SchemaContext['image']) =>
  z.object({
    ...pieceFields(image),
    printPages: printPages.optional(),
    places: z.array(ref('places')).default([]).describe('Plaatsen waar het stuk over gaat.'),
    municipalities: z.array(ref('municipalities')).default([]).describe('Gemeenten waar het stuk over gaat zonder een bepaalde plaats te noemen.'),
  });

/** One base schema, extended per kind into a discriminated union on `kind`. */
export const article = (image: SchemaContext['image']) => {
  // Astro builds this once per entry (image() knows the entry's folder): build the base once, not per kind.
  const shared = base(image);
  return z.discriminatedUnion(
    'kind',
    [
      shared.extend({
        kind: z.literal('interview'),
        interviewee: person.describe('Wie er geïnterviewd wordt.'),
      }),
      shared.extend({ kind: z.literal('achtergrond') }),
      shared.extend({
        kind: z.literal('succesverhaal'),
        places: z.array(ref('places')).min(1, { error: expected('minstens één plaats: een succesverhaal speelt ergens') }),
      }),
      shared.extend({
        kind: z.literal('academie'),
        course: z
          .object({ name: z.string().min(3), format: z.string().min(3) })
          .optional()
          .describe('De training of cursus waar het stuk over gaat.'),
      }),
      shared.extend({
        kind: z.literal('partners'),
        partners: z.array(z.string().min(2)).min(1).describe('Namen van de partners en fondsen.'),
      }),
    ],
    {
      error: (issue) =>
        `verwacht als kind één van: ${Object.keys(articleKinds).join(', ')}, gevonden: ${found((issue.input as { kind?: unknown } | undefined)?.kind)}`,
    },
  );
};
