import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { expected } from './plain';

const alt = z
  .string({ error: expected('een alt-tekst die beschrijft wat er te zien is') })
  .trim()
  .min(10, { error: expected('een alt-tekst van minstens 10 tekens die beschrijft wat er te zien is') })
  .max(250, { error: expected('een alt-tekst van hoogstens 250 tekens') })
  .describe('Beschrijf wat er op het beeld te zien is, voor wie het niet kan zien.');

/**
 * An image with required alt text. Alt text is not optional on this site:
 * an illustration without a description fails the build. Built per entry
 * (image() knows the entry's folder), so everything else is built once.
 */
export const imageWithAlt = (image: SchemaContext['image']) =>
  z.object(
    {
      src: image().describe('Pad naar het beeld, relatief aan dit bestand, bijvoorbeeld ../illustrations/naam.png'),
      alt,
    },
    { error: expected('een beeld met `src` en `alt`') },
  );
