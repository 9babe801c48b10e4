import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { imageFields, photoFields } from '../model/fields.ts';
import { expected, found } from './plain';

const altText = z
  .string({ error: expected('een alt-tekst die beschrijft wat er te zien is') })
  .trim()
  .min(imageFields.alt.min, { error: expected(`een alt-tekst van minstens ${imageFields.alt.min} tekens die beschrijft wat er te zien is`) })
  .max(imageFields.alt.max, { error: expected(`een alt-tekst van hoogstens ${imageFields.alt.max} tekens`) })
  .describe(imageFields.alt.hint);

/**
 * An image with required alt text. Alt text is not optional on this site:
 * an illustration without a description fails the build. Built per entry
 * (image() knows the entry's folder), so everything else is built once.
 */
export const imageWithAlt = (image: SchemaContext['image']) =>
  z.object(
    {
      src: image().describe(imageFields.src.hint),
      alt: altText,
    },
    { error: expected('een beeld met `src` en `alt`') },
  );

/** Photo formats the site turns into responsive WebP. */
export const photoFormats = ['jpg', 'jpeg', 'png', 'webp'] as const;

/** The format of an image field: ImageMetadata in Astro, a plain path in unit tests. */
const formatOf = (src: unknown): string =>
  typeof src === 'object' && src !== null && 'format' in src ? String(src.format) : (String(src).split('.').pop()?.toLowerCase() ?? '');

/** Where the eye should stay when a photo is cropped: percentages from the left and from the top. */
export const focalPoint = z
  .object({
    x: z.number().min(0).max(100).describe(photoFields.focus.fields.x.hint),
    y: z.number().min(0).max(100).describe(photoFields.focus.fields.y.hint),
  })
  .strict()
  .describe(photoFields.focus.hint);

/** The caption, credit and focal point of a photo; shared by frontmatter photos and <Foto>. */
export const photoText = {
  alt: altText,
  credit: z
    .string({ error: expected('een fotograaf of bron, bijvoorbeeld "Foto: Anna de Vries"') })
    .trim()
    .min(photoFields.credit.min, { error: expected(`een fotograaf of bron van minstens ${photoFields.credit.min} tekens`) })
    .max(photoFields.credit.max, { error: expected(`een bronvermelding van hoogstens ${photoFields.credit.max} tekens`) })
    .describe(photoFields.credit.hint),
  caption: z
    .string()
    .trim()
    .min(photoFields.caption.min, { error: expected(`een bijschrift van minstens ${photoFields.caption.min} tekens`) })
    .max(photoFields.caption.max, { error: expected(`een bijschrift van hoogstens ${photoFields.caption.max} tekens`) })
    .optional()
    .describe(photoFields.caption.hint),
  focus: focalPoint.optional().describe(photoFields.focus.hint),
};

/** A photograph: JPEG, PNG or WebP in content/photos/, always with alt text and a credit. */
export const photo = (image: SchemaContext['image']) =>
  z
    .object(
      {
        src: image().describe(photoFields.src.hint),
        ...photoText,
      },
      { error: expected('een foto met `src`, `alt` en `credit`') },
    )
    .strict()
    .superRefine((p, ctx) => {
      const format = formatOf(p.src);
      if (!(photoFormats as readonly string[]).includes(format)) {
        ctx.addIssue({ code: 'custom', path: ['src'], message: `verwacht een foto als JPEG, PNG of WebP, gevonden: ${found(format)}` });
      }
    });

export type PhotoData = z.infer<ReturnType<typeof photo>>;
