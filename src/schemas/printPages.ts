import { z } from 'astro/zod';

const page = z.number().int('een heel paginanummer').min(1).max(200);

/** Pages in the printed magazine; `to` is left out for a single page. */
export const printPages = z
  .object({
    from: page.describe('Eerste pagina in het gedrukte magazine.'),
    to: page.optional().describe('Laatste pagina, alleen als het stuk meer pagina’s beslaat.'),
  })
  .refine((p) => p.to === undefined || p.to >= p.from, {
    message: '`to` moet gelijk aan of groter dan `from` zijn',
    path: ['to'],
  })
  .describe('Pagina’s in het gedrukte magazine, alleen als het magazine ze noemt.');

export type PrintPages = z.infer<typeof printPages>;
