/**
 * Dutch formatting of numbers and dates, in one place. Every figure and date a
 * reader sees goes through here, so "6,1" and "12 maart 2025" are consistent.
 */
const locale = 'nl-NL';

const dateLong = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const numberCache = new Map<number, Intl.NumberFormat>();

/** 12 maart 2025 */
export function formatDate(date: Date): string {
  return dateLong.format(date);
}

/** 2025-03-12, for <time datetime> and machine-readable output. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 6,1 · 1.250 · with a fixed number of decimals when given. */
export function formatNumber(value: number, decimals?: number): string {
  const key = decimals ?? -1;
  let f = numberCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locale,
      decimals === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    );
    numberCache.set(key, f);
  }
  return f.format(value);
}

/** 34% written the Dutch way, with a non-breaking space: "34 %". */
export function formatPercent(value: number, decimals = 0): string {
  return `${formatNumber(value, decimals)}\u00a0%`;
}

/** "pagina 8" or "pagina's 8-10", as printed in the magazine. */
export function formatPages(pages: { from: number; to?: number | undefined }): string {
  return pages.to && pages.to !== pages.from ? `pagina’s ${pages.from}–${pages.to}` : `pagina ${pages.from}`;
}

/** "a, b en c": a Dutch list. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

const words = [
  'nul',
  'één',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];

/** "één verhaal", "twaalf gemeenten", "24 verhalen": numbers under twenty in words, as in running text. */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${words[count] ?? formatNumber(count)} ${count === 1 ? singular : plural}`;
}
