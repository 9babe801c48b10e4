/**
 * The Pagefind attributes every searchable page carries. One home for them so
 * every kind of page is indexed alike: the same filter names, the same
 * metadata, the same weighting of title and lead.
 */

/** What readers filter on; the value is the label the search page shows. */
export const searchKinds = {
  article: 'Artikel',
  story: 'Succesverhaal',
  action: 'Inspirerende actie',
  figure: 'Monitorcijfer',
  chapter: 'Monitorhoofdstuk',
  municipality: 'Gemeente',
  theme: 'Thema',
  edition: 'Magazine',
  page: 'Over het magazine',
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
 * there rank above matches in the body text (weight 1). Pagefind squares
 * weights, so a title word counts a hundred body words.
 */
export const searchWeights = { title: '10', lead: '4' } as const;

/**
 * Pagefind's ranking options for the search page. Metadata words are searched
 * too: the title's boost stays at Pagefind's default, and `numbers` (the
 * decimal numbers a page shows, see searchNumbers.ts) ranks a figure that
 * carries the number a reader typed above pages that only mention it.
 */
export const searchRanking = {
  metaWeights: { title: 5, numbers: 8, lead: 2 },
} as const;

export interface SearchEntry {
  kind: SearchKind;
  /** The result's title when the page's h1 alone says too little ("Goes" → "Gemeente Goes"). */
  title?: string;
  /** The page's introduction, searched as metadata like a story's lead (stories mark their lead element instead). */
  lead?: string;
  /** The finer label shown with a result ("Interview"); defaults to the kind's label. */
  label?: string;
  /**
   * When it appeared: a day, or a bare year (an edition whose day print does not give), filed under that
   * year and showing no day. Pages without one (a municipality, a theme) are left out of the date sort.
   */
  date?: Date | { year: number };
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
  const year = exact ? exact.getUTCFullYear() : entry.date && !(entry.date instanceof Date) ? entry.date.year : undefined;
  // The sort key needs a day; a year-only entry sorts at its year's start but never shows that day.
  const day = exact ? exact.toISOString().slice(0, 10) : year ? `${year}-01-01` : undefined;
  const meta: [string, string][] = [['kind', entry.label ?? searchKinds[entry.kind]]];
  if (entry.title) meta.push(['title', entry.title]);
  if (entry.lead) meta.push(['lead', entry.lead]);
  if (exact && day) meta.push(['date', day]);
  if (entry.image) meta.push(['image', entry.image]);
  return {
    filters: [
      ['kind', searchKinds[entry.kind]],
      ...(entry.themes ?? []).map((t): [string, string] => ['theme', t]),
      ...(entry.municipalities ?? []).map((m): [string, string] => ['municipality', m]),
      ...(year ? [['year', String(year)] as [string, string]] : []),
    ],
    meta,
    sort: day ? [['date', day]] : [],
  };
}
