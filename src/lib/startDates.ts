import type { StartDate } from '../schemas/startDate';

/** The calendar day of a moment in the Netherlands, as 2025-10-14 (Swedish dates are ISO dates). */
const dutchDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The start dates a reader can still act on: today's and later ones, earliest first. A static page is
 * as current as its last build, so a date that passed drops off at the next build.
 */
export function upcomingStartDates(dates: readonly StartDate[], today: Date): StartDate[] {
  const day = dutchDay.format(today);
  return dates.filter((d) => d.date.toISOString().slice(0, 10) >= day).sort((a, b) => a.date.getTime() - b.date.getTime());
}
