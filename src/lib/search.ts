/**
 * The Pagefind attributes every searchable page carries. One home for them so
 * articles, actions and monitor figures are indexed alike: the same filter
 * names, the same metadata, the same weighting of title and lead.
 */

/** What readers filter on; the value is the label the search page shows. */
export const searchKinds = {
  article: 'Artikel',
  story: 'Succesverhaal',
  action: 'Inspirerende actie',
  figure: 'Monitorcijfer',
} as const;
export type SearchKind = keyof typeof searchKinds;

/** Filter keys as they appear in the index and in the search page's URL (?soort=…). */
export const searchFilters = {
  kind: { param: 'soort', label: 'Soort' },
  theme: { param: 'thema', label: 'Thema' },
  municipality: { param: 'gemeente', label: 'Gemeente' },
  year: { param: 'jaar', label: 'Jaar' },
} as const;
export type SearchFilter = keyof typeof searchFilters;

/**
 * Pagefind's data-pagefind-weight for the title and lead elements: matches
 * there rank above matches in the body text (weight 1).
 */
export const searchWeights = { title: '10', lead: '4' } as const;

export interface SearchEntry {
  kind: SearchKind;
  /** The finer label shown with a result ("Interview"); defaults to the kind's label. */
  label?: string;
  /** When it appeared. A bare year (an edition whose day print does not give) is filed under that year and shows no day. */
  date: Date | { year: number };
  themes?: readonly string[];
  municipalities?: readonly string[];
  /** An image path for the result; Pagefind otherwise takes the first image after the title. */
  image?: string;
}

export interface SearchFields {
  filters: [string, string][];
  meta: [string, string][];
  sort: [string, string][];
}

/**
 * The filters, metadata and sort keys of one page, as key/value pairs.
 * Pagefind takes one `key:value` per attribute, so SearchMeta.astro renders
 * each pair on its own empty element inside the indexed content.
 */
export function searchFields(entry: SearchEntry): SearchFields {
  const exact = entry.date instanceof Date ? entry.date : undefined;
  const year = exact ? exact.getUTCFullYear() : (entry.date as { year: number }).year;
  // The sort key needs a day; a year-only entry sorts at its year's start but never shows that day.
  const day = exact ? exact.toISOString().slice(0, 10) : `${year}-01-01`;
  const meta: [string, string][] = [['kind', entry.label ?? searchKinds[entry.kind]]];
  if (exact) meta.push(['date', day]);
  if (entry.image) meta.push(['image', entry.image]);
  return {
    filters: [
      ['kind', searchKinds[entry.kind]],
      ...(entry.themes ?? []).map((t): [string, string] => ['theme', t]),
      ...(entry.municipalities ?? []).map((m): [string, string] => ['municipality', m]),
      ['year', String(year)],
    ],
    meta,
    sort: [['date', day]],
  };
}
