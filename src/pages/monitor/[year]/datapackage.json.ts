import type { APIRoute, GetStaticPaths } from 'astro';
import { dataPackage } from '../../../lib/monitor/datapackage';
import { getMonitor, monitorYearPaths } from '../../../lib/monitor/load';

export const getStaticPaths = monitorYearPaths satisfies GetStaticPaths;

/** The Frictionless Data Package descriptor of the year's dataset. */
export const GET: APIRoute<{ year: number }> = async ({ props }) =>
  new Response(`${JSON.stringify(dataPackage((await getMonitor(props.year)).data), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
