import { z } from 'astro/zod';
import { lead as leadField, title as titleField } from '../model/fields.ts';
import { expected } from './plain';

/** A headline: short enough for a search result and a social card. */
export const title = z
  .string({ error: expected('een titel (tekst)') })
  .trim()
  .min(titleField.min, { error: expected(`een titel van minstens ${titleField.min} tekens`) })
  .max(titleField.max, { error: expected(`een titel van hoogstens ${titleField.max} tekens (langer wordt afgekapt in zoekmachines)`) })
  .describe(titleField.hint);

/** The lead doubles as meta description, so it follows the range search engines show. */
export const lead = z
  .string({ error: expected('een intro (tekst)') })
  .trim()
  .min(leadField.min, { error: expected(`een intro van minstens ${leadField.min} tekens`) })
  .max(leadField.max, { error: expected(`een intro van hoogstens ${leadField.max} tekens`) })
  .describe(leadField.hint);
