/**
 * Everything a figure needs in every output (page, embed, downloads, OG image):
 * its scene, accessible description, data table, data rows and editorial notes.
 */
import type { FigureEntry, Monitor } from '../../schemas/monitor';
import { audiences, tableYears } from '../../schemas/monitorValues';
import { audienceLabel, distributionChart, gradesChart, ladderChart, notGiven } from '../charts/monitorCharts';
import type { Scene } from '../charts/scene';
import { formatNumber, formatPercent } from '../format';
import { type DataRow, distributionRows, gradeRows, ladderRows } from './rows';

export interface Table {
  caption: string;
  head: string[];
  body: { header: string; cells: string[] }[];
}

export interface Figure {
  id: string;
  chapter: string;
  title: string;
  /** What the figure shows, neutrally: the subtitle and the start of the description. */
  subject: string;
  description: string;
  scene: Scene;
  /** The same chart laid out for narrow screens and high zoom. */
  narrowScene: Scene;
  table: Table;
  rows: DataRow[];
  /** Where the magazine is silent or contradicts itself, said in words. */
  notes: string[];
}

const grade = (v: number | { absent: string }) => (typeof v === 'number' ? formatNumber(v, 1) : notGiven);

function grades(m: Monitor, f: FigureEntry): Figure {
  const notes = [
    ...new Set(
      m.grades.flatMap((g) => audiences.flatMap((a) => [g.values[a]['2025'], g.values[a]['2024']]).flatMap((v) => (typeof v === 'number' ? [] : [v.absent]))),
    ),
  ];
  for (const g of m.grades) {
    if (g.combined2024 !== undefined)
      notes.unshift(
        `${g.label}: in 2024 was het cijfer voor beide groepen samen ${formatNumber(g.combined2024, 1)}; in 2025 geven beide groepen een ${grade(g.values.gemeenten['2025'])}.`,
      );
  }
  return {
    ...base(f),
    subject: `Rapportcijfers voor de samenwerking per aspect, gemeenten en bewoners, ${m.year}`,
    description: `Staafdiagram met rapportcijfers van 1 tot 10 en een stippellijn bij de voldoende (5,5). ${m.grades
      .map((g) => `${g.label}: gemeenten ${grade(g.values.gemeenten['2025'])}, bewoners ${grade(g.values.bewoners['2025'])}.`)
      .join(' ')}`,
    scene: gradesChart(m),
    narrowScene: gradesChart(m, 'narrow'),
    table: {
      caption: `Rapportcijfers ${m.year} (1-10) per aspect`,
      head: ['Aspect', ...audiences.map((a) => audienceLabel[a])],
      body: m.grades.map((g) => ({ header: g.label, cells: audiences.map((a) => grade(g.values[a]['2025'])) })),
    },
    rows: gradeRows(m),
    notes,
  };
}

function ladder(m: Monitor, f: FigureEntry): Figure {
  const l = m.ladder;
  return {
    ...base(f),
    subject: `Verdeling over de vijf treden van de samenwerkingsladder, gemeenten en bewoners, ${m.year}`,
    description: `Staafdiagram met per trede het aandeel gemeenten en bewoners. ${l.steps
      .map(
        (s, i) => `Trede ${s.step} (${s.label}): gemeenten ${formatPercent(l.shares.gemeenten[i] ?? 0)}, bewoners ${formatPercent(l.shares.bewoners[i] ?? 0)}.`,
      )
      .join(' ')} Gemiddelde trede: gemeenten ${formatNumber(l.averages.gemeenten, 1)}, bewoners ${formatNumber(l.averages.bewoners, 1)}.`,
    scene: ladderChart(m),
    narrowScene: ladderChart(m, 'narrow'),
    table: {
      caption: `Aandeel per trede van de samenwerkingsladder, ${m.year}`,
      head: ['Trede', ...audiences.map((a) => audienceLabel[a])],
      body: [
        ...l.steps.map((s, i) => ({ header: `${s.step}: ${s.label}`, cells: audiences.map((a) => formatPercent(l.shares[a][i] ?? 0)) })),
        { header: 'Gemiddelde trede', cells: audiences.map((a) => formatNumber(l.averages[a], 1)) },
      ],
    },
    rows: ladderRows(m),
    notes: [
      `In 2024 lagen de gemiddelde treden tussen ${formatNumber(l.range2024.min)} en ${formatNumber(l.range2024.max)}; het magazine geeft voor 2024 geen cijfer per groep.`,
    ],
  };
}

function distribution(m: Monitor, f: FigureEntry & { kind: 'distribution' }): Figure {
  const d = m.distributions.find((x) => x.id === f.distribution);
  if (!d) throw new Error(`Figure ${f.id} points at unknown distribution ${f.distribution}`);
  const notes = d.answers.flatMap((a) =>
    audiences.flatMap((au) => {
      const p = a.prose?.[au];
      return p !== undefined && p !== a.values[au]['2025']
        ? [
            `${a.short}, ${au}: de lopende tekst van het magazine noemt ${formatPercent(p)}, de tabel ${formatPercent(a.values[au]['2025'])}. Wij volgen de tabel.`,
          ]
        : [];
    }),
  );
  return {
    ...base(f),
    subject: `${d.title}: antwoorden van gemeenten en bewoners in ${tableYears.slice().reverse().join(', ')}`,
    description: `Staafdiagram in twee delen, gemeenten en bewoners, met per antwoord de percentages van ${tableYears.join(', ')}. ${audiences
      .map(
        (au) => `${audienceLabel[au]}: ${d.answers.map((a) => `${a.short} ${tableYears.map((y) => formatPercent(a.values[au][y])).join(', ')}`).join('; ')}.`,
      )
      .join(' ')}`,
    scene: distributionChart(d),
    narrowScene: distributionChart(d, 'narrow'),
    table: {
      caption: `${d.title}, aandeel per antwoord (${tableYears.join(', ')})`,
      head: ['Antwoord', ...audiences.flatMap((au) => tableYears.map((y) => `${audienceLabel[au]} ${y}`))],
      body: d.answers.map((a) => ({ header: a.label, cells: audiences.flatMap((au) => tableYears.map((y) => formatPercent(a.values[au][y]))) })),
    },
    rows: distributionRows(m, d.id),
    notes,
  };
}

const base = (f: FigureEntry) => ({ id: f.id, chapter: f.chapter, title: f.title });

export function figures(m: Monitor): Figure[] {
  return m.figures.map((f) => (f.kind === 'grades' ? grades(m, f) : f.kind === 'ladder' ? ladder(m, f) : distribution(m, f)));
}

/** The source line every figure carries, with the respondents. */
export function sourceLine(m: Monitor): string {
  const r = m.respondents;
  const month = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric' }).format(new Date(`${m.fieldwork}-15`));
  return `Bron: ${m.title}, ${m.publisher}. Vragenlijst ${month}: ${r.bewoners.atLeast ? 'ruim ' : ''}${r.bewoners.count} ${r.bewoners.description} en ${r.gemeenten.atLeast ? 'ruim ' : ''}${r.gemeenten.count} gemeenten.`;
}

export function licenceLine(m: Monitor): string {
  return `Licentie: ${m.licence.name} (${m.licence.url})`;
}
