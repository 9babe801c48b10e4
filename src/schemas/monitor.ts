import { z } from 'astro/zod';
import { absent, audiences, byYear, checkSum, checkYears, grade, gradeCell, maxYears, perAudience, percent } from './monitorValues';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kleine letters, cijfers en koppeltekens');
const note = z.string().min(10).describe('Een toelichting bij deze rij, in een zin voor de lezer (wordt een voetnoot).');

const gradeAspect = z
  .object({
    id,
    label: z.string().min(3).describe('Het beoordeelde aspect, in gewone taal.'),
    values: perAudience(gradeCell).describe('Cijfer per groep in het monitorjaar, of { absent: reden }.'),
    bothGroups: byYear(grade).optional().describe('Cijfers uit eerdere jaren die alleen voor beide groepen samen bekend zijn, per jaar.'),
    note: note.optional(),
  })
  .strict();

const range = z.object({ min: z.number().min(1).max(5), max: z.number().min(1).max(5) }).strict();

const ladder = z
  .object({
    steps: z.array(z.object({ step: z.number().int().min(1).max(5), label: z.string() }).strict()).length(5, 'de samenwerkingsladder heeft vijf treden'),
    shares: perAudience(z.array(percent).length(5, 'één aandeel per trede, vijf in totaal')).describe('Aandeel per trede 1-5 in het monitorjaar.'),
    printedUpToStep3: perAudience(percent).describe('Het gedrukte totaal voor trede 1 tot en met 3.'),
    averages: perAudience(z.number().min(1).max(5)).describe('Gemiddelde trede in het monitorjaar.'),
    averageRange: byYear(range).optional().describe('Eerdere jaren waarvan alleen de spreiding van de gemiddelde treden bekend is.'),
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
            values: perAudience(byYear(percent)).describe('Percentage per groep en per jaar uit years.'),
            prose: perAudience(percent).partial().optional().describe('Een ander getal dat de lopende tekst noemt voor het monitorjaar; de tabel wint.'),
            note: note.optional(),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

const outlookShare = z.union([
  z.object({ percent }).strict(),
  z.object({ fraction: z.tuple([z.number().int().min(1), z.number().int().min(1)]), words: z.string() }).strict(),
]);

const figureBase = {
  id,
  chapter: id.describe('Bestandsnaam (zonder .mdx) van het hoofdstuk waarin de figuur staat.'),
  // 48 leaves room for " | Buurkracht Magazine" within a 70-character page title.
  title: z.string().min(20).max(48).describe('De boodschap van de figuur, als korte zin (max. 48 tekens). Dit is onze kop, niet die van het magazine.'),
};
const focus = id.optional().describe('Het aspect of antwoord dat het overzicht en de miniatuur uitlichten; anders het eerste.');

/** A published figure: which data it draws and where it is placed. */
const figure = z.discriminatedUnion('kind', [
  z.object({ ...figureBase, kind: z.literal('grades'), focus }).strict(),
  z.object({ ...figureBase, kind: z.literal('ladder') }).strict(),
  z.object({ ...figureBase, kind: z.literal('distribution'), distribution: id, focus }).strict(),
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
    years: z
      .array(z.number().int())
      .min(1)
      .max(maxYears, `hoogstens ${maxYears} jaren`)
      .describe('De jaren in de tabellen over meerdere jaren: het monitorjaar en eerdere jaren.'),
    grades: z.array(gradeAspect).min(1),
    ladder,
    distributions: z.array(distribution).min(1),
    outlook: perAudience(outlookShare),
    figures: z.array(figure).min(1),
    highlights: z.array(id).min(1).max(3).describe('Twee of drie figuren (id) voor de voorpagina en het begin van het overzicht.'),
  })
  .strict()
  .superRefine((m, ctx) => {
    const years = [...m.years].sort((a, b) => a - b);
    if (!years.includes(m.year)) ctx.addIssue({ code: 'custom', path: ['years'], message: `years moet het monitorjaar ${m.year} bevatten` });
    if (new Set(years).size !== years.length) ctx.addIssue({ code: 'custom', path: ['years'], message: 'elk jaar één keer' });
    if (years.some((y) => y > m.year)) ctx.addIssue({ code: 'custom', path: ['years'], message: `geen jaar na het monitorjaar ${m.year}` });
    m.grades.forEach((g, i) => {
      for (const y of Object.keys(g.bothGroups ?? {})) {
        if (Number(y) >= m.year) ctx.addIssue({ code: 'custom', path: ['grades', i, 'bothGroups', y], message: `alleen jaren vóór ${m.year}` });
      }
    });
    m.distributions.forEach((d, i) => {
      d.answers.forEach((ans, j) => {
        for (const a of audiences) checkYears(ans.values[a], years, ctx, ['distributions', i, 'answers', j, 'values', a]);
      });
      for (const a of audiences) {
        for (const y of years) {
          const values = d.answers.map((ans) => ans.values[a][String(y)]);
          if (values.every((v) => v !== undefined)) checkSum(values as number[], `${d.title}, ${a}, ${y}`, ctx, ['distributions', i, 'answers', a, y]);
        }
      }
    });
    const ids = new Set(m.distributions.map((d) => d.id));
    m.figures.forEach((f, i) => {
      if (f.kind === 'distribution' && !ids.has(f.distribution)) {
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'distribution'], message: `figuur ${f.id} verwijst naar onbekende verdeling "${f.distribution}"` });
      }
      const options =
        f.kind === 'grades'
          ? m.grades.map((g) => g.id)
          : f.kind === 'distribution'
            ? (m.distributions.find((d) => d.id === f.distribution)?.answers.map((a) => a.id) ?? [])
            : [];
      if ('focus' in f && f.focus && !options.includes(f.focus)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'focus'],
          message: `"${f.focus}" is geen aspect of antwoord van deze figuur (${options.join(', ')})`,
        });
      }
    });
    const figureIds = m.figures.map((f) => f.id);
    if (new Set(figureIds).size !== figureIds.length) ctx.addIssue({ code: 'custom', path: ['figures'], message: 'elke figuur heeft een eigen id' });
    m.highlights.forEach((h, i) => {
      if (!figureIds.includes(h))
        ctx.addIssue({ code: 'custom', path: ['highlights', i], message: `"${h}" is geen figuur van deze monitor (${figureIds.join(', ')})` });
    });
  });

export type Monitor = z.infer<typeof monitor>;
export type Distribution = Monitor['distributions'][number];
export type GradeAspect = Monitor['grades'][number];
export type FigureEntry = Monitor['figures'][number];
export { absent };
