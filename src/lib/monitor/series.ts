/** How the monitor's data maps onto chart series: audiences are categories, years a sequence. */

import type { Monitor } from '../../schemas/monitor';
import type { Audience } from '../../schemas/monitorValues';
import type { MarkClass } from '../charts/scene';

export const audienceLabel: Record<Audience, string> = { gemeenten: 'Gemeenten', bewoners: 'Bewoners' };
export const audienceClass: Record<Audience, MarkClass> = { gemeenten: 'series-a', bewoners: 'series-b' };

/**
 * The one year order of the monitor: oldest first. Charts list years top to bottom, tables left to
 * right and the data files in that order, so a trend reads the way time runs.
 */
export const yearsOf = (m: Monitor): number[] => [...m.years].sort((a, b) => a - b);

const steps: MarkClass[] = ['seq-1', 'seq-2', 'seq-3', 'seq-4'];

/** The newest year gets the strongest colour, each earlier year the next paler step. */
export function yearClass(year: number, years: readonly number[]): MarkClass {
  const sorted = [...years].sort((a, b) => b - a);
  const cls = steps[sorted.indexOf(year)];
  if (!cls) throw new Error(`No chart colour for ${year}: a table holds at most ${steps.length} years`);
  return cls;
}

/** A scale end that reads well: the next multiple of 10 above the largest value. */
export const niceMax = (values: number[]) => Math.max(10, Math.ceil(Math.max(...values) / 10) * 10);

export const notGiven = 'niet vermeld';
