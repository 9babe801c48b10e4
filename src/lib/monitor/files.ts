/** The bytes and content type of every download a figure offers. */
import type { Monitor } from '../../schemas/monitor';
import { framed } from '../charts/layout';
import { toOgPng, toPng } from '../charts/toPng';
import { toSvg } from '../charts/toSvg';
import { site } from '../site';
import { absolute, type MonitorFileFormat, paths } from '../urls';
import { tableCsv } from './csv';
import type { Figure } from './figure';
import { citation, sourceLine, termsLine } from './figures';
import { reuseTerms } from './licence';
import { withPngText } from './png';

export const contentTypes: Record<MonitorFileFormat | 'og', string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  og: 'image/png',
  csv: 'text/csv; charset=utf-8',
  excel: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The chart with its title, notes, source and terms drawn in: a file must stand on its own. */
export const standaloneScene = (m: Monitor, f: Figure) =>
  framed(f.charts.wide, f.title, [...f.notes.map((n, i) => `${i + 1}. ${n}`), sourceLine(m), termsLine(m)]);

export async function figureFile(m: Monitor, f: Figure, format: MonitorFileFormat | 'og'): Promise<string | Uint8Array<ArrayBuffer>> {
  const page = absolute(paths.monitorFigure(m.year, f.id), site.origin);
  switch (format) {
    case 'svg':
      return toSvg(standaloneScene(m, f), {
        idPrefix: f.id,
        title: f.title,
        description: f.description,
        standalone: true,
        metadata: `${sourceLine(m)} ${termsLine(m)} ${page}`,
      });
    case 'png': {
      const png = withPngText(await toPng(standaloneScene(m, f)), {
        Title: f.title,
        Description: f.subject,
        Source: `${sourceLine(m)} ${page}`,
        Copyright: termsLine(m),
      });
      return new Uint8Array(png);
    }
    case 'og':
      return new Uint8Array(await toOgPng(standaloneScene(m, f)));
    case 'csv':
      return tableCsv(f.table, f.notes, 'plain');
    case 'excel':
      return tableCsv(f.table, f.notes, 'excel', [f.title, sourceLine(m), termsLine(m), page]);
    case 'json': {
      const terms = reuseTerms(m.publisher);
      return `${JSON.stringify(
        {
          title: f.title,
          subject: f.subject,
          source: sourceLine(m),
          terms: { licence: terms.licence, statement: terms.statement, url: terms.url ?? `${absolute(paths.monitorDataPage(m.year), site.origin)}#gebruik` },
          citation: citation(m, f),
          url: page,
          notes: f.notes,
          table: f.table,
          rows: f.rows,
        },
        null,
        2,
      )}\n`;
    }
  }
}
