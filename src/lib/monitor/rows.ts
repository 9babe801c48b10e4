import type { Monitor } from '../../schemas/monitor';
import type { Audience } from '../../schemas/monitorValues';
import { audiences, tableYears } from '../../schemas/monitorValues';

/** One line of the open data: the columns of data.csv, in order. */
export interface DataRow {
  year: number;
  audience: Audience;
  question: string;
  answer: string;
  value: number;
  unit: 'percent' | 'grade' | 'step';
}

export const columns = ['year', 'audience', 'question', 'answer', 'value', 'unit'] as const;

/** The question id under which the grades and the ladder appear in the data. */
export const questionIds = { grades: 'rapportcijfer', ladder: 'samenwerkingsladder', outlook: 'toekomstbeeld' } as const;

export function gradeRows(m: Monitor): DataRow[] {
  const rows: DataRow[] = [];
  for (const g of m.grades) {
    for (const audience of audiences) {
      for (const year of ['2025', '2024'] as const) {
        const v = g.values[audience][year];
        if (typeof v === 'number') rows.push({ year: Number(year), audience, question: questionIds.grades, answer: g.id, value: v, unit: 'grade' });
      }
    }
  }
  return rows;
}

export function ladderRows(m: Monitor): DataRow[] {
  const rows: DataRow[] = [];
  for (const audience of audiences) {
    m.ladder.shares[audience].forEach((value, i) => {
      rows.push({ year: m.year, audience, question: questionIds.ladder, answer: `trede-${i + 1}`, value, unit: 'percent' });
    });
    rows.push({ year: m.year, audience, question: questionIds.ladder, answer: 'gemiddelde', value: m.ladder.averages[audience], unit: 'step' });
  }
  return rows;
}

export function distributionRows(m: Monitor, id: string): DataRow[] {
  const d = m.distributions.find((x) => x.id === id);
  if (!d) throw new Error(`Unknown distribution "${id}" in the ${m.year} monitor`);
  const rows: DataRow[] = [];
  for (const audience of audiences) {
    for (const year of tableYears) {
      for (const a of d.answers) rows.push({ year: Number(year), audience, question: d.id, answer: a.id, value: a.values[audience][year], unit: 'percent' });
    }
  }
  return rows;
}

/** Only shares the magazine states as a percentage; "tweederde" stays out (see the data page). */
export function outlookRows(m: Monitor): DataRow[] {
  return audiences.flatMap((audience) => {
    const o = m.outlook[audience];
    return 'percent' in o ? [{ year: m.year, audience, question: questionIds.outlook, answer: 'positief', value: o.percent, unit: 'percent' as const }] : [];
  });
}

/** Every figure of the year, in one list: what data.csv and data.json hold. */
export function allRows(m: Monitor): DataRow[] {
  return [...gradeRows(m), ...ladderRows(m), ...m.distributions.flatMap((d) => distributionRows(m, d.id)), ...outlookRows(m)];
}
