import type { APIRoute, GetStaticPaths } from 'astro';
import { rowsCsv } from '../../../lib/monitor/csv';
import { allRows } from '../../../lib/monitor/figures';
import { getMonitor, monitorYearPaths } from '../../../lib/monitor/load';

export const getStaticPaths = monitorYearPaths satisfies GetStaticPaths;

/** Every figure of the year in one CSV: year,audience,question,answer,value,unit. */
export const GET: APIRoute<{ year: number }> = async ({ props }) =>
  new Response(rowsCsv(allRows((await getMonitor(props.year)).data)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
