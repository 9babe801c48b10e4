import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { pieceFields } from './common';
import { expected } from './plain';
import { ref } from './ref';

/** A short "inspirerende actie": one place, one idea, one print page. */
export const action = (image: SchemaContext['image']) =>
  z.object({
    ...pieceFields(image),
    place: ref('places').describe('De buurt, wijk of het dorp van de actie.'),
    activity: z.string().trim().min(3).max(80).describe('Wat de actie was, kort: "Regentonactie", "DorpsQuiz".'),
    printPage: z
      .number({ error: expected('een paginanummer') })
      .int()
      .min(1)
      .max(200)
      .describe('Pagina in het gedrukte magazine.'),
  });
