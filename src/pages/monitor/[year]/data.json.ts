import type { APIRoute, GetStaticPaths } from 'astro';
import { getMonitor, getMonitorYears } from '../../../lib/monitor/load';
import { allRows } from '../../../lib/monitor/rows';

export const getStaticPaths = (async () =>
  (await getMonitorYears()).map((year) => ({ params: { year: String(year) }, props: { year } }))) satisfies GetStaticPaths;

/** The same rows as data.csv, as a JSON array of objects. */
export const GET: APIRoute<{ year: number }> = async ({ props }) =>
  new Response(`${JSON.stringify(allRows((await getMonitor(props.year)).data), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
