import type { Monitor } from '../../schemas/monitor';
import type { Audience } from '../../schemas/monitorValues';
import { audiences } from '../../schemas/monitorValues';

export type Unit = 'percent' | 'grade' | 'step';

/** One line of the open data: the columns of data.csv, in order. Tidy: one unit per (year, audience, question). */
export interface DataRow {
  year: number;
  audience: Audience;
  question: string;
  answer: string;
  value: number;
  unit: Unit;
}

export const columns = ['year', 'audience', 'question', 'answer', 'value', 'unit'] as const;

/** Question ids of the parts that are not a distribution (those use the distribution's id). */
export const questionIds = {
  grades: 'rapportcijfer',
  ladder: 'samenwerkingsladder',
  ladderAverage: 'samenwerkingsladder-gemiddelde',
  outlook: 'toekomstbeeld',
} as const;

/** How each unit is named for readers (table and CSV headings). */
export const unitLabel: Record<Unit, string> = { percent: 'procent', grade: 'rapportcijfer (1-10)', step: 'trede (1-5)' };

/** Only shares the magazine states as a percentage; "tweederde" stays out (see the data page). */
export function outlookRows(m: Monitor): DataRow[] {
  return audiences.flatMap((audience) => {
    const o = m.outlook[audience];
    return 'percent' in o ? [{ year: m.year, audience, question: questionIds.outlook, answer: 'positief', value: o.percent, unit: 'percent' as const }] : [];
  });
}
