// Every download of every figure, rendered at build time from the same scene as the page.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Figure } from '../../../../lib/monitor/figures';
import { contentTypes, figureFile } from '../../../../lib/monitor/files';
import { getMonitor, getMonitorYears } from '../../../../lib/monitor/load';
import { type MonitorFileFormat, monitorFileSuffix, paths } from '../../../../lib/urls';

type Format = MonitorFileFormat | 'og';

export const getStaticPaths = (async () => {
  const out = [];
  for (const year of await getMonitorYears()) {
    for (const figure of (await getMonitor(year)).figures) {
      for (const format of [...(Object.keys(monitorFileSuffix) as MonitorFileFormat[]), 'og' as const]) {
        const path = format === 'og' ? paths.monitorFigureOg(year, figure.id) : paths.monitorFigureFile(year, figure.id, format);
        const file = path.split('/').pop() ?? '';
        out.push({ params: { year: String(year), figure: figure.id, file }, props: { year, figure, format } });
      }
    }
  }
  return out;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number; figure: Figure; format: Format }> = async ({ props }) => {
  const { data } = await getMonitor(props.year);
  const body = await figureFile(data, props.figure, props.format);
  return new Response(body, { headers: { 'Content-Type': contentTypes[props.format] } });
};
