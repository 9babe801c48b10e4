import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { expected, found } from './plain';

const altText = z
  .string({ error: expected('een alt-tekst die beschrijft wat er te zien is') })
  .trim()
  .min(10, { error: expected('een alt-tekst van minstens 10 tekens die beschrijft wat er te zien is') })
  .max(250, { error: expected('een alt-tekst van hoogstens 250 tekens') })
  .describe('Beschrijf wat er op het beeld te zien is, voor wie het niet kan zien.');

/**
 * An image with required alt text. Alt text is not optional on this site:
 * an illustration without a description fails the build.
 */
export const imageWithAlt = (image: SchemaContext['image']) =>
  z.object(
    {
      src: image().describe('Pad naar het beeld, relatief aan dit bestand, bijvoorbeeld ../illustrations/naam.png'),
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
    x: z.number().min(0).max(100).describe('Procent van links (0-100).'),
    y: z.number().min(0).max(100).describe('Procent van boven (0-100).'),
  })
  .strict()
  .describe('Brandpunt voor uitsneden, bijvoorbeeld { x: 50, y: 30 }: het gezicht of het onderwerp blijft zo in beeld.');

/** The caption, credit and focal point of a photo; shared by frontmatter photos and <Foto>. */
export const photoText = {
  alt: altText,
  credit: z
    .string({ error: expected('een fotograaf of bron, bijvoorbeeld "Foto: Anna de Vries"') })
    .trim()
    .min(3, { error: expected('een fotograaf of bron van minstens 3 tekens') })
    .max(120, { error: expected('een bronvermelding van hoogstens 120 tekens') })
    .describe('Wie de foto maakte of waar hij vandaan komt, zoals het onder de foto moet staan.'),
  caption: z
    .string()
    .trim()
    .min(5, { error: expected('een bijschrift van minstens 5 tekens') })
    .max(300, { error: expected('een bijschrift van hoogstens 300 tekens') })
    .optional()
    .describe('Bijschrift: wie of wat er te zien is, en waar.'),
  focus: focalPoint.optional(),
};

/** A photograph: JPEG, PNG or WebP in content/photos/, always with alt text and a credit. */
export const photo = (image: SchemaContext['image']) =>
  z
    .object(
      {
        src: image().describe('Pad naar de foto, relatief aan dit bestand: ../photos/naam.jpg (JPEG, PNG of WebP).'),
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
