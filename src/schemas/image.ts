import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { imageFields } from '../model/fields.ts';
import { expected } from './plain';

/**
 * An image with required alt text. Alt text is not optional on this site:
 * an illustration without a description fails the build.
 */
export const imageWithAlt = (image: SchemaContext['image']) =>
  z.object(
    {
      src: image().describe(imageFields.src.hint),
      alt: z
        .string({ error: expected('een alt-tekst die beschrijft wat er te zien is') })
        .trim()
        .min(10, { error: expected('een alt-tekst van minstens 10 tekens die beschrijft wat er te zien is') })
        .max(250, { error: expected('een alt-tekst van hoogstens 250 tekens') })
        .describe(imageFields.alt.hint),
    },
    { error: expected('een beeld met `src` en `alt`') },
  );
