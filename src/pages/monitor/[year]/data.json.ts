import type { APIRoute, GetStaticPaths } from 'astro';
import { allRows } from '../../../lib/monitor/figures';
import { getMonitor, monitorYearPaths } from '../../../lib/monitor/load';

export const getStaticPaths = monitorYearPaths satisfies GetStaticPaths;

/** The same rows as data.csv, as a JSON array of objects. */
export const GET: APIRoute<{ year: number }> = async ({ props }) =>
  new Response(`${JSON.stringify(allRows((await getMonitor(props.year)).data), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
