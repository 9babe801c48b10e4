/**
 * CSV in two dialects. Plain: RFC 4180, UTF-8, comma, dot decimals. Excel: what Dutch Excel opens
 * by double-click, a byte order mark (so it reads UTF-8), semicolons and decimal commas.
 */
import type { FigureTable } from './figure';
import { columns, type DataRow, unitLabel } from './rows';

export type Dialect = 'plain' | 'excel';
const sep = { plain: ',', excel: ';' } as const;

/** Quotes a field only when it holds the separator, a quote or a line break. */
const quote = (s: string, d: Dialect) => (s.includes(sep[d]) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const num = (v: number, d: Dialect) => (d === 'excel' ? String(v).replace('.', ',') : String(v));
const file = (lines: string[][], d: Dialect) => `${d === 'excel' ? '\ufeff' : ''}${lines.map((l) => l.map((f) => quote(f, d)).join(sep[d])).join('\r\n')}\r\n`;

/** The open data rows: year,audience,question,answer,value,unit. */
export function rowsCsv(rows: readonly DataRow[], d: Dialect = 'plain'): string {
  return file([[...columns], ...rows.map((r) => columns.map((c) => (c === 'value' ? num(r.value, d) : String(r[c]))))], d);
}

/** The headings of a figure's table as one CSV header row ("Gemeenten 2025"). */
export const tableHeader = (t: FigureTable) => [t.rowHeader, ...t.columns.map((c) => (c.group ? `${c.group} ${c.label}` : c.label)), 'Eenheid', 'Toelichting'];

/**
 * A figure's table, row for row as the page shows it: numbers without units (the unit has a column),
 * an empty cell where the source gives no number, and each row's footnotes in words. The Excel twin
 * adds the source and terms below the table, for whoever pastes it into a report.
 */
export function tableCsv(t: FigureTable, notes: readonly string[], d: Dialect, footer: string[] = []): string {
  const noteText = (ns: number[]) => ns.map((n) => notes[n - 1] ?? '').join(' ');
  const lines = [
    tableHeader(t),
    ...t.rows.map((r) => [
      r.header,
      ...r.cells.map((c) => (c.value === null ? '' : num(c.value, d))),
      unitLabel[r.unit],
      noteText([...new Set([...r.notes, ...r.cells.flatMap((c) => c.notes)])]),
    ]),
  ];
  return file(d === 'excel' && footer.length ? [...lines, [], ...footer.map((f) => [f])] : lines, d);
}
