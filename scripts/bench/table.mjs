// Printing helpers for the bench: Dutch number format, like the site, and plain text tables.
const nl = (digits) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const fmt = (n, digits = 0) => (Number.isFinite(n) ? nl(digits).format(n) : '–');
export const kb = (bytes) => `${fmt(bytes / 1024, 1)} KB`;

/** Prints rows (first row is the header) as a Markdown table, so it pastes into docs/performance.md. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => `| ${r.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of rows.slice(1)) console.log(line(r));
}
