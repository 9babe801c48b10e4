import { z } from 'astro/zod';
import { ref } from './ref';

const tag = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kleine letters, cijfers en enkele streepjes');

/**
 * One printed link (a QR code in the magazine) and, optionally, its short
 * vanity path for a next edition. `path` is what print carries and can never change.
 */
export const campaign = z
  .object({
    path: z
      .string()
      .regex(/^\/[a-z0-9-]+\/?$/, 'een pad van één segment, zoals /naam/ (of /naam zonder slash, als zo gedrukt)')
      .optional()
      .describe('Het pad precies zoals in de QR-code gedrukt, met of zonder slash aan het eind.'),
    utmCampaign: tag.describe('utm_campaign zoals gedrukt, bijvoorbeeld "succesverhaal".'),
    utmTerm: tag.optional().describe('utm_term zoals gedrukt; weglaten als de gedrukte link er geen heeft.'),
    edition: ref('editions').describe('Editie van het magazine waarin de code staat.'),
    printPage: z.number().int().min(1).max(200).optional().describe('Pagina waar de code staat, alleen als het magazine die noemt.'),
    article: ref('articles').optional().describe('Het artikel waar de code naartoe leidt.'),
    action: ref('actions').optional().describe('De inspirerende actie waar de code naartoe leidt.'),
    vanity: tag.optional().describe('Korte naam voor /m/<naam>: een kleine QR-code die na het drukken nog om te leiden is.'),
  })
  .refine((c) => [c.article, c.action].filter(Boolean).length === 1, {
    message: 'elke link verwijst naar precies één article of action',
  })
  .refine((c) => c.path || c.vanity, {
    message: 'geef een gedrukt `path`, een `vanity`-naam of allebei',
  });
