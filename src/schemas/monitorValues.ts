import { z } from 'astro/zod';

/** The two audiences the monitor asks the same questions. */
export const audiences = ['gemeenten', 'bewoners'] as const;
export type Audience = (typeof audiences)[number];

/** Years of the multi-year tables, newest first, as printed. */
export const tableYears = ['2025', '2024', '2023'] as const;

/** A distribution may miss 100 by rounding, never by more. */
export const sumTolerance = 2;

export const grade = z
  .number()
  .min(1, 'een rapportcijfer ligt tussen 1 en 10')
  .max(10, 'een rapportcijfer ligt tussen 1 en 10')
  .describe('Rapportcijfer, 1 tot en met 10, zoals gedrukt.');

export const percent = z.number().min(0, 'een percentage ligt tussen 0 en 100').max(100, 'een percentage ligt tussen 0 en 100');

/**
 * A figure the magazine does not give. Absence has to be written down with a
 * reason, so a forgotten value fails the build instead of silently vanishing.
 */
export const absent = z.object({ absent: z.string().min(10).describe('Waarom dit cijfer ontbreekt, in een zin voor de lezer.') }).strict();

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
