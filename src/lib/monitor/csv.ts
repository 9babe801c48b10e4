import { columns, type DataRow } from './rows';

/** Quotes a field only when it holds the separator, a quote or a line break. */
const quote = (s: string, sep: string) => (s.includes(sep) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** RFC 4180 CSV: UTF-8, comma, dot decimals, CRLF line ends. */
export function toCsv(rows: readonly DataRow[]): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => quote(String(r[c]), ',')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The same rows the way Dutch Excel opens them by double-click: a byte order
 * mark so it reads UTF-8, semicolons, and decimal commas.
 */
export function toExcelCsv(rows: readonly DataRow[]): string {
  const lines = [columns.join(';')];
  for (const r of rows) {
    lines.push(columns.map((c) => quote(c === 'value' ? String(r.value).replace('.', ',') : String(r[c]), ';')).join(';'));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
