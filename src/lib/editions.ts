import { type CollectionEntry, getCollection } from 'astro:content';
import { getMonitorYears } from './monitor/load';

export type Edition = CollectionEntry<'editions'>;

/** Every printed edition, newest first: adding content/editions/<year>.yaml is all a new edition needs. */
export async function getEditions(): Promise<Edition[]> {
  return (await getCollection('editions')).sort((a, b) => b.data.year - a.data.year);
}

/** The newest edition: what the home page, the header and the 404 page lead with. */
export async function latestEdition(): Promise<Edition> {
  const [newest] = await getEditions();
  if (!newest) throw new Error('content/editions/ holds no edition: the site opens on the newest one');
  return newest;
}

/** The newest monitor year, for links that point at "the monitor". */
export async function latestMonitorYear(): Promise<number> {
  const years = await getMonitorYears();
  if (years.length === 0) throw new Error('content/monitor/ holds no monitor year');
  return Math.max(...years);
}

/** Whether the edition has a monitor of its own year (a new edition may go online before its monitor). */
export async function hasMonitor(edition: Edition): Promise<boolean> {
  return (await getMonitorYears()).includes(edition.data.year);
}
