/** Grades per aspect: both audiences' report marks for the monitor year, against the pass mark. */
import type { FigureEntry, Monitor } from '../../../schemas/monitor';
import { audiences } from '../../../schemas/monitorValues';
import { barChart } from '../../charts/bars';
import { formatList, formatNumber } from '../../format';
import { type Figure, type Layout, layouts, miniWidth } from '../figure';
import { marks, NoteBook } from '../notes';
import { type DataRow, questionIds } from '../rows';
import { audienceClass, audienceLabel, notGiven } from '../series';

export const passMark = 5.5;
const reference = { value: passMark, label: `${formatNumber(passMark)} = voldoende` };
const ticks = [0, 2, 4, 6, 8, 10].map((v) => ({ value: v, label: String(v) }));
const show = (v: number | { absent: string }) => (typeof v === 'number' ? formatNumber(v, 1) : notGiven);

export function gradeRows(m: Monitor): DataRow[] {
  return m.grades.flatMap((g) =>
    audiences.flatMap((audience) => {
      const v = g.values[audience];
      return typeof v === 'number' ? [{ year: m.year, audience, question: questionIds.grades, answer: g.id, value: v, unit: 'grade' as const }] : [];
    }),
  );
}

export function gradesFigure(m: Monitor, f: FigureEntry & { kind: 'grades' }): Figure {
  const book = new NoteBook();
  const rowNotes = m.grades.map((g) => {
    const earlier = Object.entries(g.bothGroups ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([y, v]) => `Voor ${y} is alleen een cijfer voor beide groepen samen bekend: ${formatNumber(v, 1)}.`);
    const text = [...earlier, ...(g.note ? [g.note] : [])].join(' ');
    return text ? [book.add(text)] : [];
  });
  const cellNotes = m.grades.map((g) => audiences.map((a) => (typeof g.values[a] === 'number' ? [] : [book.add((g.values[a] as { absent: string }).absent)])));

  const chart = (layout: Layout) =>
    barChart({
      width: layouts[layout],
      max: 10,
      groupLabels: layout === 'narrow' ? 'above' : 'beside',
      reference,
      ticks,
      groups: m.grades.map((g, i) => ({
        label: `${g.label}${marks(rowNotes[i] ?? [])}`,
        bars: audiences.map((a, j) => {
          const v = g.values[a];
          return {
            label: audienceLabel[a],
            value: typeof v === 'number' ? v : null,
            display: `${show(v)}${marks(cellNotes[i]?.[j] ?? [])}`,
            cls: audienceClass[a],
          };
        }),
      })),
    });

  const focus = m.grades.find((g) => g.id === f.focus) ?? (m.grades[0] as (typeof m.grades)[number]);
  const focusBars = audiences.map((a) => ({
    label: audienceLabel[a],
    value: typeof focus.values[a] === 'number' ? (focus.values[a] as number) : null,
    display: show(focus.values[a]),
    cls: audienceClass[a],
  }));
  const said = (g: (typeof m.grades)[number]) => formatList(audiences.map((a) => `${audienceLabel[a].toLowerCase()} ${show(g.values[a])}`));

  return {
    id: f.id,
    year: m.year,
    kind: 'grades',
    chapter: f.chapter,
    title: f.title,
    subject: `Rapportcijfers voor de samenwerking per aspect, gemeenten en bewoners, ${m.year}`,
    description: `Staafdiagram met rapportcijfers van 1 tot 10 en een stippellijn bij de voldoende (5,5). ${m.grades.map((g) => `${g.label}: ${said(g)}.`).join(' ')}`,
    charts: { narrow: chart('narrow'), medium: chart('medium'), wide: chart('wide') },
    mini: barChart({ width: miniWidth, max: 10, groupLabels: 'above', reference, groups: [{ label: '', bars: focusBars }] }),
    miniDescription: `${focus.label}: ${said(focus)} (rapportcijfer, 5,5 is voldoende).`,
    headline: { label: focus.label, values: focusBars.map((b) => ({ label: b.label, display: b.display })) },
    table: {
      caption: `Rapportcijfers ${m.year} per aspect (1 tot 10; 5,5 is een voldoende)`,
      rowHeader: 'Aspect',
      columns: audiences.map((a) => ({ label: audienceLabel[a] })),
      rows: m.grades.map((g, i) => ({
        header: g.label,
        unit: 'grade',
        notes: rowNotes[i] ?? [],
        cells: audiences.map((a, j) => {
          const v = g.values[a];
          return { value: typeof v === 'number' ? v : null, display: show(v), notes: cellNotes[i]?.[j] ?? [] };
        }),
      })),
    },
    rows: gradeRows(m),
    notes: book.texts,
  };
}
