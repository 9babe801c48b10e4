import { z } from 'astro/zod';
import { absent, audiences, checkSum, grade, gradeCell, perAudience, percent, tableYears } from './monitorValues';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kleine letters, cijfers en koppeltekens');

const gradeAspect = z
  .object({
    id,
    label: z.string().min(3).describe('Het beoordeelde aspect, in gewone taal.'),
    values: perAudience(z.object({ '2025': gradeCell, '2024': gradeCell }).strict()).describe('Cijfer per groep en jaar, of { absent: reden }.'),
    combined2024: grade.optional().describe('Een cijfer voor 2024 dat de tekst alleen voor beide groepen samen geeft.'),
  })
  .strict();

const ladder = z
  .object({
    steps: z.array(z.object({ step: z.number().int().min(1).max(5), label: z.string() }).strict()).length(5, 'de samenwerkingsladder heeft vijf treden'),
    shares: perAudience(z.array(percent).length(5, 'één aandeel per trede, vijf in totaal')).describe('Aandeel per trede 1-5.'),
    printedUpToStep3: perAudience(percent).describe('Het gedrukte totaal voor trede 1 tot en met 3.'),
    averages: perAudience(z.number().min(1).max(5)).describe('Gemiddelde trede 2025.'),
    range2024: z.object({ min: z.number().min(1).max(5), max: z.number().min(1).max(5) }).strict(),
  })
  .strict()
  .superRefine((l, ctx) => {
    for (const a of audiences) {
      checkSum(l.shares[a], `samenwerkingsladder, ${a}`, ctx, ['shares', a]);
      const upTo3 = l.shares[a].slice(0, 3).reduce((x, y) => x + y, 0);
      if (Math.abs(upTo3 - l.printedUpToStep3[a]) > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['printedUpToStep3', a],
          message: `trede 1-3 van ${a} telt op tot ${upTo3} %, gedrukt staat ${l.printedUpToStep3[a]} %`,
        });
      }
    }
  });

const yearValues = z.object({ '2025': percent, '2024': percent, '2023': percent }).strict();

const distribution = z
  .object({
    id,
    title: z.string().describe('Korte naam van de vraag.'),
    question: perAudience(z.string().min(10)).describe('De vraag zoals elke groep hem kreeg, in eigen woorden.'),
    answers: z
      .array(
        z
          .object({
            id,
            short: z.string().max(44).describe('Kort label in de grafiek.'),
            label: z.string().describe('Het antwoord voluit, in eigen woorden.'),
            values: perAudience(yearValues),
            prose: perAudience(percent).partial().optional().describe('Een afwijkend afgerond getal uit de lopende tekst (2025); de tabel wint.'),
          })
          .strict(),
      )
      .min(2),
  })
  .strict()
  .superRefine((d, ctx) => {
    for (const a of audiences) {
      for (const y of tableYears) {
        checkSum(
          d.answers.map((ans) => ans.values[a][y]),
          `${d.title}, ${a}, ${y}`,
          ctx,
          ['answers', a, y],
        );
      }
    }
  });

const outlookShare = z.union([
  z.object({ percent }).strict(),
  z.object({ fraction: z.tuple([z.number().int().min(1), z.number().int().min(1)]), words: z.string() }).strict(),
]);

const figureBase = {
  id,
  chapter: id.describe('Bestandsnaam van het hoofdstuk waarin de figuur staat.'),
  // 48 leaves room for " | Buurkracht Magazine" within a 70-character page title.
  title: z.string().min(20).max(48).describe('De boodschap van de figuur, als korte zin (max. 48 tekens).'),
};

/** A published figure: which data it draws and where it is placed. */
const figure = z.discriminatedUnion('kind', [
  z.object({ ...figureBase, kind: z.literal('grades') }).strict(),
  z.object({ ...figureBase, kind: z.literal('ladder') }).strict(),
  z.object({ ...figureBase, kind: z.literal('distribution'), distribution: id }).strict(),
]);

/** One monitor year: every figure of the magazine's monitor section. */
export const monitor = z
  .object({
    year: z.number().int().min(2023),
    title: z.string(),
    printPages: z.object({ from: z.number().int(), to: z.number().int() }).strict(),
    fieldwork: z
      .string()
      .regex(/^\d{4}-\d{2}$/, 'veldwerkmaand als JJJJ-MM')
      .describe('Maand van de vragenlijst.'),
    researcher: z.string(),
    publisher: z.string(),
    respondents: perAudience(
      z.object({ count: z.number().int().positive(), atLeast: z.boolean().describe('true = "ruim" dit aantal'), description: z.string() }).strict(),
    ),
    licence: z.object({ name: z.string(), url: z.url() }).strict(),
    grades: z.array(gradeAspect).min(1),
    ladder,
    distributions: z.array(distribution).min(1),
    outlook: perAudience(outlookShare),
    figures: z.array(figure).min(1),
  })
  .strict()
  .superRefine((m, ctx) => {
    const ids = new Set(m.distributions.map((d) => d.id));
    m.figures.forEach((f, i) => {
      if (f.kind === 'distribution' && !ids.has(f.distribution)) {
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'distribution'], message: `figuur ${f.id} verwijst naar onbekende verdeling "${f.distribution}"` });
      }
    });
    const figureIds = m.figures.map((f) => f.id);
    if (new Set(figureIds).size !== figureIds.length) ctx.addIssue({ code: 'custom', path: ['figures'], message: 'elke figuur heeft een eigen id' });
  });

export type Monitor = z.infer<typeof monitor>;
export type Distribution = Monitor['distributions'][number];
export type GradeAspect = Monitor['grades'][number];
export type FigureEntry = Monitor['figures'][number];
export { absent };
