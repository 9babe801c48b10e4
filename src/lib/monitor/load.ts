import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { Monitor } from '../../schemas/monitor';
import { type Figure, figures } from './figures';

export type Chapter = CollectionEntry<'monitorChapters'>;

/** The monitor of a year, with its figures built once per build. */
const cache = new Map<number, { data: Monitor; figures: Figure[] }>();

export async function getMonitor(year: number): Promise<{ data: Monitor; figures: Figure[] }> {
  let hit = cache.get(year);
  if (!hit) {
    const entry = await getEntry('monitor', String(year));
    if (!entry) throw new Error(`content/monitor/${year}.yaml is missing`);
    hit = { data: entry.data, figures: figures(entry.data) };
    cache.set(year, hit);
  }
  return hit;
}

/** Every monitor year, newest first. */
export async function getMonitorYears(): Promise<number[]> {
  return (await getCollection('monitor')).map((e) => e.data.year).sort((a, b) => b - a);
}

/** getStaticPaths for a route with one page or file per monitor year. */
export async function monitorYearPaths() {
  return (await getMonitorYears()).map((year) => ({ params: { year: String(year) }, props: { year } }));
}

/**
 * A chapter's URL segment: its file name, without a leading "<year>-". Chapters of different years
 * share one folder, so a 2026 chapter may be called 2026-methode.mdx and still live at /monitor/2026/methode/.
 */
export const chapterSlug = (c: Chapter) => c.id.replace(new RegExp(`^${c.data.year}-`), '');

export async function getChapters(year: number): Promise<Chapter[]> {
  return (await getCollection('monitorChapters', (c) => c.data.year === year)).sort((a, b) => a.data.order - b.data.order);
}

export async function getFigure(year: number, id: string): Promise<Figure> {
  const f = (await getMonitor(year)).figures.find((x) => x.id === id);
  if (!f) throw new Error(`The ${year} monitor has no figure "${id}"; ids: ${(await getMonitor(year)).figures.map((x) => x.id).join(', ')}`);
  return f;
}
