/** The cooperation ladder: each audience's share per step, and the average step, for the monitor year. */
import type { FigureEntry, Monitor } from '../../../schemas/monitor';
import { audiences } from '../../../schemas/monitorValues';
import { barChart } from '../../charts/bars';
import { withHeading } from '../../charts/layout';
import { formatList, formatNumber, formatPercent } from '../../format';
import { type Figure, type Layout, layouts, miniWidth } from '../figure';
import { marks, NoteBook } from '../notes';
import { type DataRow, questionIds } from '../rows';
import { audienceClass, audienceLabel, niceMax } from '../series';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function ladderRows(m: Monitor): DataRow[] {
  return audiences.flatMap((audience) => [
    ...m.ladder.shares[audience].map((value, i) => ({
      year: m.year,
      audience,
      question: questionIds.ladder,
      answer: `trede-${i + 1}`,
      value,
      unit: 'percent' as const,
    })),
    // Its own question: a step is not a share, so totalling a question never mixes units.
    { year: m.year, audience, question: questionIds.ladderAverage, answer: 'gemiddelde', value: m.ladder.averages[audience], unit: 'step' as const },
  ]);
}

export function ladderFigure(m: Monitor, f: FigureEntry & { kind: 'ladder' }): Figure {
  const l = m.ladder;
  const book = new NoteBook();
  const ranges = Object.entries(l.averageRange ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const averageNotes = ranges.length
    ? [
        book.add(
          ranges
            .map(
              ([y, r]) =>
                `In ${y} lagen de gemiddelde treden tussen ${formatNumber(r.min)} en ${formatNumber(r.max)}; cijfers per groep zijn voor dat jaar niet gepubliceerd.`,
            )
            .join(' '),
        ),
      ]
    : [];
  const per = (fn: (a: (typeof audiences)[number]) => string) => formatList(audiences.map((a) => `${audienceLabel[a].toLowerCase()} ${fn(a)}`));
  const low = (a: (typeof audiences)[number]) => sum(l.shares[a].slice(0, 3));
  const summary = [
    `Trede 1 tot en met 3: ${per((a) => formatPercent(low(a)))}.`,
    `Trede 4 en 5: ${per((a) => formatPercent(sum(l.shares[a].slice(3))))}.`,
    `Gemiddelde trede${marks(averageNotes)}: ${per((a) => formatNumber(l.averages[a], 1))}.`,
  ];
  const chart = (layout: Layout) =>
    withHeading(
      barChart({
        width: layouts[layout],
        max: niceMax(audiences.flatMap((a) => l.shares[a])),
        groupLabels: layout === 'narrow' ? 'above' : 'beside',
        groups: l.steps.map((s, i) => ({
          label: `Trede ${s.step}: ${s.label}`,
          bars: audiences.map((a) => ({
            label: audienceLabel[a],
            value: l.shares[a][i] ?? 0,
            display: formatPercent(l.shares[a][i] ?? 0),
            cls: audienceClass[a],
          })),
        })),
      }),
      '',
      summary,
    );
  const miniBars = audiences.map((a) => ({ label: audienceLabel[a], value: low(a), display: formatPercent(low(a)), cls: audienceClass[a] }));

  return {
    id: f.id,
    year: m.year,
    kind: 'ladder',
    chapter: f.chapter,
    title: f.title,
    subject: `Verdeling over de vijf treden van de samenwerkingsladder, gemeenten en bewoners, ${m.year}`,
    description: `Staafdiagram met per trede het aandeel gemeenten en bewoners. ${l.steps
      .map((s, i) => `Trede ${s.step} (${s.label}): ${per((a) => formatPercent(l.shares[a][i] ?? 0))}.`)
      .join(' ')} ${summary.join(' ')}`,
    charts: { narrow: chart('narrow'), medium: chart('medium'), wide: chart('wide') },
    mini: barChart({ width: miniWidth, max: 100, groupLabels: 'above', groups: [{ label: 'Op trede 1 tot en met 3', bars: miniBars }] }),
    miniDescription: `Op trede 1 tot en met 3 van de samenwerkingsladder: ${per((a) => formatPercent(low(a)))}.`,
    headline: { label: 'Gemiddelde trede (1-5)', values: audiences.map((a) => ({ label: audienceLabel[a], display: formatNumber(l.averages[a], 1) })) },
    table: {
      caption: `Aandeel per trede van de samenwerkingsladder en de gemiddelde trede, ${m.year}`,
      rowHeader: 'Trede',
      columns: audiences.map((a) => ({ label: audienceLabel[a] })),
      rows: [
        ...l.steps.map((s, i) => ({
          header: `${s.step}: ${s.label}`,
          unit: 'percent' as const,
          notes: [],
          cells: audiences.map((a) => ({ value: l.shares[a][i] ?? 0, display: formatPercent(l.shares[a][i] ?? 0), notes: [] })),
        })),
        {
          header: 'Gemiddelde trede (1-5)',
          unit: 'step' as const,
          notes: averageNotes,
          cells: audiences.map((a) => ({ value: l.averages[a], display: formatNumber(l.averages[a], 1), notes: [] })),
        },
      ],
    },
    rows: ladderRows(m),
    notes: book.texts,
  };
}
