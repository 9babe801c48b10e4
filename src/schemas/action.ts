import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { actionFields as model } from '../model/pieces.ts';
import { heroOrPhoto, pieceFields } from './common';
import { expected } from './plain';
import { ref } from './ref';

/** A short "inspirerende actie": one place, one idea, one print page. */
export const action = (image: SchemaContext['image']) =>
  z
    .object({
      ...pieceFields(image),
      place: ref('places').describe(model.place.hint),
      activity: z.string().trim().min(model.activity.min).max(model.activity.max).describe(model.activity.hint),
      printPage: z
        .number({ error: expected('een paginanummer') })
        .int()
        .min(1)
        .max(200)
        .describe(model.printPage.hint),
    })
    .superRefine(heroOrPhoto);
