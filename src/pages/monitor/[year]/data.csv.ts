import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../lib/monitor/csv';
import { getMonitor, getMonitorYears } from '../../../lib/monitor/load';
import { allRows } from '../../../lib/monitor/rows';

export const getStaticPaths = (async () =>
  (await getMonitorYears()).map((year) => ({ params: { year: String(year) }, props: { year } }))) satisfies GetStaticPaths;

/** Every figure of the year in one CSV: year,audience,question,answer,value,unit. */
export const GET: APIRoute<{ year: number }> = async ({ props }) =>
  new Response(toCsv(allRows((await getMonitor(props.year)).data)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
