import type { APIRoute, GetStaticPaths } from 'astro';
import { rowsCsv } from '../../../lib/monitor/csv';
import { allRows } from '../../../lib/monitor/figures';
import { getMonitor, monitorYearPaths } from '../../../lib/monitor/load';

export const getStaticPaths = monitorYearPaths satisfies GetStaticPaths;

/** data.csv for Dutch Excel: BOM, semicolons, decimal commas; the same rows. */
export const GET: APIRoute<{ year: number }> = async ({ props }) =>
  new Response(rowsCsv(allRows((await getMonitor(props.year)).data), 'excel'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
