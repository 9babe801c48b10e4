import { z } from 'astro/zod';
import { expected } from './plain';

/**
 * A calendar date. YAML already turns 2026-11-26 into a Date; a quoted
 * "2026-11-26" is accepted too. Anything else is reported as it was written.
 */
export const date = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v),
  z.date({ error: expected('een datum als JJJJ-MM-DD') }),
);
