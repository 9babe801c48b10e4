/** Index pages list at most this many pieces; more go on /2/, /3/… so no list page grows without limit. */
export const pageSize = 24;

export interface PageOf<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1). */
  count: number;
}

/** Splits a list into pages; an empty list still has one (empty) page. */
export function pagesOf<T>(items: readonly T[], size = pageSize): PageOf<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), number: i + 1, count }));
}

/** The `[...page]` route parameter: none for page 1, so the first page keeps the section's own URL. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}

/** "Alle artikelen" on page 1, "Alle artikelen (pagina 2 van 5)" after it. */
export function pagedTitle(title: string, page: { number: number; count: number }): string {
  return page.number === 1 ? title : `${title} (pagina ${page.number} van ${page.count})`;
}
