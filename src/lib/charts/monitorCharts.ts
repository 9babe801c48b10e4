/** The monitor's three chart types, built from its typed data with groupedBars. */
import type { Distribution, Monitor } from '../../schemas/monitor';
import { audiences, tableYears } from '../../schemas/monitorValues';
import { formatNumber, formatPercent } from '../format';
import { groupedBars, sideBySide, stacked, withHeading } from './groupedBars';
import type { Scene } from './scene';

export const audienceLabel = { gemeenten: 'Gemeenten', bewoners: 'Bewoners' } as const;
export const passMark = 5.5;
export const notGiven = 'niet vermeld';

/** Wide for pages, downloads and cards; narrow for small screens and 200 % zoom. */
export type Layout = 'wide' | 'narrow';
const widths = { wide: 960, narrow: 500 } as const;

/** Grades per aspect and audience for 2025, against the pass mark. */
export function gradesChart(m: Monitor, layout: Layout = 'wide'): Scene {
  return groupedBars({
    width: widths[layout],
    labelWidth: 120,
    max: 10,
    reference: { value: passMark, label: `${formatNumber(passMark)} = voldoende` },
    ticks: [0, 2, 4, 6, 8, 10].map((v) => ({ value: v, label: String(v) })),
    groups: m.grades.map((g) => ({
      label: g.label,
      bars: audiences.map((a) => {
        const v = g.values[a]['2025'];
        return typeof v === 'number'
          ? { label: audienceLabel[a], value: v, display: formatNumber(v, 1), cls: `bar-${a}` as const }
          : { label: audienceLabel[a], value: null, display: notGiven, cls: `bar-${a}` as const };
      }),
    })),
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Share of respondents per ladder step, both audiences per step. */
export function ladderChart(m: Monitor, layout: Layout = 'wide'): Scene {
  const l = m.ladder;
  const bars = groupedBars({
    width: widths[layout],
    labelWidth: 120,
    max: 40,
    groups: l.steps.map((s, i) => ({
      label: `Trede ${s.step}: ${s.label}`,
      bars: audiences.map((a) => ({
        label: audienceLabel[a],
        value: l.shares[a][i] ?? 0,
        display: formatPercent(l.shares[a][i] ?? 0),
        cls: `bar-${a}` as const,
      })),
    })),
  });
  const line = (f: (a: (typeof audiences)[number]) => string) => audiences.map((a) => `${audienceLabel[a].toLowerCase()} ${f(a)}`).join(', ');
  return withHeading(bars, `Aandeel per trede, ${m.year}`, [
    `Trede 1 tot en met 3: ${line((a) => formatPercent(sum(l.shares[a].slice(0, 3))))}`,
    `Trede 4 en 5: ${line((a) => formatPercent(sum(l.shares[a].slice(3))))}`,
    `Gemiddelde trede: ${line((a) => formatNumber(l.averages[a], 1))}`,
  ]);
}

/** Year-over-year shares per answer, one panel per audience. */
export function distributionChart(d: Distribution, layout: Layout = 'wide'): Scene {
  const max = Math.max(50, ...d.answers.flatMap((a) => audiences.flatMap((au) => tableYears.map((y) => a.values[au][y]))));
  const panel = (a: (typeof audiences)[number]) =>
    withHeading(
      groupedBars({
        width: 470,
        labelWidth: 56,
        max,
        groups: d.answers.map((ans) => ({
          label: ans.short,
          bars: tableYears.map((y) => ({ label: y, value: ans.values[a][y], display: formatPercent(ans.values[a][y]), cls: `bar-${y}` as const })),
        })),
      }),
      audienceLabel[a],
    );
  return layout === 'wide' ? sideBySide(audiences.map(panel), 20) : stacked(audiences.map(panel), 28);
}
