import { z } from 'astro/zod';
import { campaignFields as model } from '../model/editions.ts';
import { slugPattern, slugWording } from '../model/slugs.ts';
import { ref } from './ref';

const tag = z.string().regex(slugPattern, slugWording);

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
      .describe(model.path.hint),
    utmCampaign: tag.describe(model.utmCampaign.hint),
    utmTerm: tag.optional().describe(model.utmTerm.hint),
    edition: ref('editions').describe(model.edition.hint),
    printPage: z.number().int().min(1).max(200).optional().describe(model.printPage.hint),
    article: ref('articles').optional().describe(model.article.hint),
    action: ref('actions').optional().describe(model.action.hint),
    vanity: tag.optional().describe(model.vanity.hint),
  })
  .refine((c) => [c.article, c.action].filter(Boolean).length === 1, {
    message: 'elke link verwijst naar precies één article of action',
  })
  .refine((c) => c.path || c.vanity, {
    message: 'geef een gedrukt `path`, een `vanity`-naam of allebei',
  });
