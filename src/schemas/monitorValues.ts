import { z } from 'astro/zod';

/** The two audiences the monitor asks the same questions. */
export const audiences = ['gemeenten', 'bewoners'] as const;
export type Audience = (typeof audiences)[number];

/** A distribution may miss 100 by rounding, never by more. */
export const sumTolerance = 2;

/** At most this many years in one multi-year table: the chart palette has four steps. */
export const maxYears = 4;

export const grade = z
  .number()
  .min(1, 'een rapportcijfer ligt tussen 1 en 10')
  .max(10, 'een rapportcijfer ligt tussen 1 en 10')
  .describe('Rapportcijfer, 1 tot en met 10, zoals gedrukt.');

export const percent = z.number().min(0, 'een percentage ligt tussen 0 en 100').max(100, 'een percentage ligt tussen 0 en 100');

/** A year as a key in the YAML, quoted: a four-digit year, then a colon and the value. */
export const yearKey = z.string().regex(/^\d{4}$/, 'een jaartal van vier cijfers');

/** Values per year; which years must be there is checked against the monitor's `years`. */
export const byYear = <T extends z.ZodType>(value: T) => z.record(yearKey, value);

/**
 * A figure the source does not give. Absence has to be written down with a reason, so a forgotten
 * value fails the build instead of silently vanishing. The reason is shown to readers as a note.
 */
export const absent = z.object({ absent: z.string().min(10).describe('Waarom dit cijfer ontbreekt, in een zin voor de lezer (wordt een voetnoot).') }).strict();

export const gradeCell = z.union([grade, absent]);

/** Both audiences, each required. */
export const perAudience = <T extends z.ZodType>(value: T) => z.object({ gemeenten: value, bewoners: value }).strict();

/** Adds an issue when a series misses 100 by more than the tolerance. */
export function checkSum(values: readonly number[], where: string, ctx: z.RefinementCtx, path: (string | number)[]) {
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > sumTolerance) {
    ctx.addIssue({ code: 'custom', path, message: `${where} telt op tot ${sum} %, niet tot 100 ± ${sumTolerance}` });
  }
}

/** Adds an issue for every year missing from, or extra in, a per-year record. */
export function checkYears(record: Record<string, unknown>, years: readonly number[], ctx: z.RefinementCtx, path: (string | number)[]) {
  const want = years.map(String);
  for (const y of want) {
    if (!(y in record)) ctx.addIssue({ code: 'custom', path: [...path, y], message: `het cijfer voor ${y} ontbreekt (years noemt ${want.join(', ')})` });
  }
  for (const y of Object.keys(record)) {
    if (!want.includes(y)) ctx.addIssue({ code: 'custom', path: [...path, y], message: `${y} staat niet in years (${want.join(', ')})` });
  }
}
