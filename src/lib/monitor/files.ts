/** The bytes and content type of every download a figure offers. */

import type { Monitor } from '../../schemas/monitor';
import { framed } from '../charts/scene';
import { toOgPng, toPng } from '../charts/toPng';
import { toSvg } from '../charts/toSvg';
import type { MonitorFileFormat } from '../urls';
import { toCsv, toExcelCsv } from './csv';
import { type Figure, licenceLine, sourceLine } from './figures';

export const contentTypes: Record<MonitorFileFormat | 'og', string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  og: 'image/png',
  csv: 'text/csv; charset=utf-8',
  excel: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The chart with its title, source and licence drawn in: it must stand on its own. */
export const standaloneScene = (m: Monitor, f: Figure) => framed(f.scene, f.title, [sourceLine(m), licenceLine(m)]);

export async function figureFile(m: Monitor, f: Figure, format: MonitorFileFormat | 'og'): Promise<string | Uint8Array<ArrayBuffer>> {
  switch (format) {
    case 'svg':
      return toSvg(standaloneScene(m, f), {
        idPrefix: f.id,
        title: f.title,
        description: f.description,
        standalone: true,
        metadata: `${sourceLine(m)} ${licenceLine(m)}`,
      });
    case 'png':
      return new Uint8Array(await toPng(standaloneScene(m, f)));
    case 'og':
      return new Uint8Array(await toOgPng(standaloneScene(m, f)));
    case 'csv':
      return toCsv(f.rows);
    case 'excel':
      return toExcelCsv(f.rows);
    case 'json':
      return `${JSON.stringify({ title: f.title, source: sourceLine(m), licence: m.licence, rows: f.rows }, null, 2)}\n`;
  }
}
