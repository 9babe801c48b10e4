import { type SearchFilter, searchFilters } from './search';

/** What a search on /zoeken/ is: it lives in the URL so results can be shared and Back works. */
export interface SearchQuery {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
  /** Newest first instead of best match first. */
  newest: boolean;
}

const filterKeys = Object.keys(searchFilters) as SearchFilter[];

/** Reads ?q=…&thema=…&gemeente=…&soort=…&jaar=…&sorteer=datum; unknown parameters are ignored. */
export function readSearchQuery(params: URLSearchParams): SearchQuery {
  const filters: SearchQuery['filters'] = {};
  for (const key of filterKeys) {
    const value = params.get(searchFilters[key].param)?.trim();
    if (value) filters[key] = value;
  }
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    filters,
    newest: params.get('sorteer') === 'datum',
  };
}

/** The query string for a search, with empty parts left out so URLs stay short. */
export function writeSearchQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of filterKeys) {
    const value = query.filters[key];
    if (value) params.set(searchFilters[key].param, value);
  }
  if (query.newest) params.set('sorteer', 'datum');
  const s = params.toString();
  return s ? `?${s}` : '';
}
