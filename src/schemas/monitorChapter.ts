import { z } from 'astro/zod';

/** A chapter of the monitor's narrative; its figures are placed in the MDX body. */
export const monitorChapter = z
  .object({
    title: z.string().min(3).max(90).describe('Titel van het hoofdstuk.'),
    description: z.string().min(50).max(200).describe('Samenvatting voor zoekmachines en de inhoudsopgave.'),
    year: z.number().int().describe('Monitorjaar waar het hoofdstuk bij hoort.'),
    order: z.number().int().min(1).describe('Volgorde in de inhoudsopgave.'),
  })
  .strict();
