/**
 * A monitor year's figures, and the lines every figure carries (source, terms, citation).
 * Each kind of figure lives in kinds/: its chart layouts, table, notes and data rows in one module.
 */
import type { Monitor } from '../../schemas/monitor';
import { site } from '../site';
import { absolute, paths } from '../urls';
import type { Figure } from './figure';
import { distributionFigure, distributionRows } from './kinds/distribution';
import { gradeRows, gradesFigure } from './kinds/grades';
import { ladderFigure, ladderRows } from './kinds/ladder';
import { reuseTerms } from './licence';
import { type DataRow, outlookRows } from './rows';

export type { Figure } from './figure';

export function figures(m: Monitor): Figure[] {
  return m.figures.map((f) => (f.kind === 'grades' ? gradesFigure(m, f) : f.kind === 'ladder' ? ladderFigure(m, f) : distributionFigure(m, f)));
}

/** Every figure of the year in one list: what data.csv and data.json hold. */
export function allRows(m: Monitor): DataRow[] {
  return [...gradeRows(m), ...ladderRows(m), ...m.distributions.flatMap((d) => distributionRows(m, d)), ...outlookRows(m)];
}

/** The source line every figure carries, with the respondents. */
export function sourceLine(m: Monitor): string {
  const r = m.respondents;
  const month = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric' }).format(new Date(`${m.fieldwork}-15`));
  return `Bron: ${m.title}, ${m.publisher}. Vragenlijst ${month}: ${r.bewoners.atLeast ? 'ruim ' : ''}${r.bewoners.count} ${r.bewoners.description} en ${r.gemeenten.atLeast ? 'ruim ' : ''}${r.gemeenten.count} gemeenten.`;
}

/** The terms of reuse in one line (licence.ts decides which). */
export const termsLine = (m: Monitor) => reuseTerms(m.publisher).line;

/**
 * How to cite a figure. It credits the monitor and says what the figure shows; the figure's headline
 * is the website's own, so it is named as such and never presented as a title from the print edition.
 */
export function citation(m: Monitor, f: Figure): string {
  const subject = f.subject.charAt(0).toLowerCase() + f.subject.slice(1);
  return `${m.publisher} (${m.year}). ${m.title}: ${subject}. Online figuur met de kop “${f.title}” (kop van ${site.name}). ${absolute(paths.monitorFigure(m.year, f.id), site.origin)}`;
}
