import { z } from 'astro/zod';
import { printPages as model } from '../model/fields.ts';

const page = z.number().int('een heel paginanummer').min(1).max(200);

/** Pages in the printed magazine; `to` is left out for a single page. */
export const printPages = z
  .object({
    from: page.describe(model.fields.from.hint),
    to: page.optional().describe(model.fields.to.hint),
  })
  .refine((p) => p.to === undefined || p.to >= p.from, {
    message: '`to` moet gelijk aan of groter dan `from` zijn',
    path: ['to'],
  })
  .describe(model.hint);

export type PrintPages = z.infer<typeof printPages>;
