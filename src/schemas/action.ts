import { reference, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { pieceFields } from './common';

/** A short "inspirerende actie": one place, one idea, one print page. */
export const action = (image: SchemaContext['image']) =>
  z.object({
    ...pieceFields(image),
    place: reference('places').describe('De buurt, wijk of het dorp van de actie.'),
    activity: z.string().trim().min(3).max(80).describe('Wat de actie was, kort: "Regentonactie", "DorpsQuiz".'),
    printPage: z.number().int().min(1).max(200).describe('Pagina in het gedrukte magazine.'),
  });
