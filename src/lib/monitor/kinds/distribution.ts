/** One multiple-choice question over the years: each audience's share per answer, oldest year first. */
import type { Distribution, FigureEntry, Monitor } from '../../../schemas/monitor';
import { type Audience, audiences } from '../../../schemas/monitorValues';
import { barChart } from '../../charts/bars';
import { sideBySide, stacked, withHeading } from '../../charts/layout';
import { formatList, formatPercent } from '../../format';
import { type Figure, type Layout, layouts, miniWidth } from '../figure';
import { marks, NoteBook } from '../notes';
import type { DataRow } from '../rows';
import { audienceLabel, niceMax, yearClass, yearsOf } from '../series';

const value = (ans: Distribution['answers'][number], a: Audience, y: number) => ans.values[a][String(y)] ?? 0;

export function distributionRows(m: Monitor, d: Distribution): DataRow[] {
  return audiences.flatMap((audience) =>
    yearsOf(m).flatMap((year) =>
      d.answers.map((ans) => ({ year, audience, question: d.id, answer: ans.id, value: value(ans, audience, year), unit: 'percent' as const })),
    ),
  );
}

export function distributionFigure(m: Monitor, f: FigureEntry & { kind: 'distribution' }): Figure {
  const d = m.distributions.find((x) => x.id === f.distribution);
  if (!d) throw new Error(`Figure ${f.id} points at unknown distribution ${f.distribution}`);
  const years = yearsOf(m);
  const book = new NoteBook();
  const answerNotes = d.answers.map((ans) => {
    const differs = audiences.filter((a) => ans.prose?.[a] !== undefined && ans.prose[a] !== value(ans, a, m.year));
    const texts = [
      ...(differs.length
        ? [
            `In de lopende tekst van de monitor staat ${formatList(differs.map((a) => `${formatPercent(ans.prose?.[a] ?? 0)} (${a})`))}; de tabel geeft ${formatList(differs.map((a) => formatPercent(value(ans, a, m.year))))}. Deze figuur volgt de tabel.`,
          ]
        : []),
      ...(ans.note ? [ans.note] : []),
    ];
    return texts.length ? [book.add(texts.join(' '))] : [];
  });
  const max = niceMax(d.answers.flatMap((ans) => audiences.flatMap((a) => years.map((y) => value(ans, a, y)))));
  const yearBars = (ans: Distribution['answers'][number], a: Audience) =>
    years.map((y) => ({ label: String(y), value: value(ans, a, y), display: formatPercent(value(ans, a, y)), cls: yearClass(y, years) }));
  const panel = (a: Audience, width: number, layout: Layout) =>
    withHeading(
      barChart({
        width,
        max,
        groupLabels: layout === 'narrow' ? 'above' : 'beside',
        groups: d.answers.map((ans, i) => ({ label: `${ans.short}${marks(answerNotes[i] ?? [])}`, bars: yearBars(ans, a) })),
      }),
      audienceLabel[a],
    );
  const chart = (layout: Layout) =>
    layout === 'wide'
      ? sideBySide(
          audiences.map((a) => panel(a, (layouts.wide - 32) / 2, layout)),
          32,
        )
      : stacked(
          audiences.map((a) => panel(a, layouts[layout], layout)),
          28,
        );
  const focus = d.answers.find((a) => a.id === f.focus) ?? (d.answers[0] as Distribution['answers'][number]);
  const overTime = (ans: Distribution['answers'][number], a: Audience) => years.map((y) => `${formatPercent(value(ans, a, y))} in ${y}`).join(', ');

  return {
    id: f.id,
    year: m.year,
    kind: 'distribution',
    chapter: f.chapter,
    title: f.title,
    subject: `${d.title}: antwoorden van gemeenten en bewoners in ${formatList(years.map(String))}`,
    description: `Staafdiagram in twee delen, gemeenten en bewoners, met per antwoord de percentages van ${formatList(years.map(String))}. ${audiences
      .map((a) => `${audienceLabel[a]}: ${d.answers.map((ans) => `${ans.short} ${years.map((y) => formatPercent(value(ans, a, y))).join(', ')}`).join('; ')}.`)
      .join(' ')}`,
    charts: { narrow: chart('narrow'), medium: chart('medium'), wide: chart('wide') },
    mini: barChart({
      width: miniWidth,
      max,
      groupLabels: 'above',
      groups: audiences.map((a) => ({ label: audienceLabel[a], bars: yearBars(focus, a) })),
    }),
    miniDescription: `${focus.short}: ${audiences.map((a) => `${audienceLabel[a].toLowerCase()} ${overTime(focus, a)}`).join('; ')}.`,
    headline: {
      label: `${focus.short}, ${m.year}`,
      values: audiences.map((a) => ({ label: audienceLabel[a], display: formatPercent(value(focus, a, m.year)) })),
    },
    table: {
      caption: `${d.title}: aandeel per antwoord, ${formatList(years.map(String))}`,
      rowHeader: 'Antwoord',
      columns: audiences.flatMap((a) => years.map((y) => ({ label: String(y), group: audienceLabel[a] }))),
      rows: d.answers.map((ans, i) => ({
        header: ans.label,
        unit: 'percent',
        notes: answerNotes[i] ?? [],
        cells: audiences.flatMap((a) => years.map((y) => ({ value: value(ans, a, y), display: formatPercent(value(ans, a, y)), notes: [] }))),
      })),
    },
    rows: distributionRows(m, d),
    notes: book.texts,
  };
}
