/**
 * One search as the reader means it, on top of Pagefind's JS API: the query and
 * its Dutch word forms (dutchSpelling.ts) run together, decimal numbers become
 * the tokens the index holds (searchNumbers.ts), answers that only matched a
 * short stand-in for a word the site never uses are dropped, and when little is
 * found the vocabulary is fetched for "Bedoelde je …?" (searchTypos.ts).
 * No DOM here: site-search.ts shows what this returns; tests give it a fake Pagefind.
 */
import { joinedForms, wordForms } from '../../lib/dutchSpelling';
import { withNumberTokens } from '../../lib/searchNumbers';
import type { Vocabulary } from '../../lib/searchVocabulary';

export interface PagefindData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
export interface PagefindApi {
  search: (
    term: string | null,
    o: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}
export interface SearchOptions {
  filters: Record<string, string>;
  newest: boolean;
}
export interface SearchOutcome {
  results: PagefindResult[];
  /** The query that was run instead of the reader's, when theirs found little. */
  corrected?: string;
}

/** Results shown at once, and after each "Meer resultaten". */
export const firstScreen = 10;

/** Fewer results than this and the search page looks for what the reader meant. */
export const fewResults = 3;
const maxQueries = 8;

/**
 * The queries to run for one typed query: itself, then one word changed at a time, then compounds
 * joined. A form that only lengthens the typed word (regenton → regentonnen) is left out: Pagefind
 * already matches every word the typed one begins, and each query costs time at every keystroke.
 */
export function queryVariants(query: string): string[] {
  const words = withNumberTokens(query).toLowerCase().split(/\s+/).filter(Boolean);
  const out = new Set([words.join(' ')]);
  for (const [i, word] of words.entries()) {
    for (const form of wordForms(word)) {
      if (!form.startsWith(word)) out.add([...words.slice(0, i), form, ...words.slice(i + 1)].join(' '));
    }
  }
  for (const joined of joinedForms(words)) out.add(joined.join(' '));
  return [...out].slice(0, maxQueries);
}

const plain = (w: string) =>
  w
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Did `word` on the page really answer `term`? Pagefind matches words that
 * begin with the (stemmed) term, and when none does, the longest word that
 * begins the term: "Omgevingswet" then matches "om". A stand-in that short is
 * not an answer; a long one (regentonnetje → regenton) is.
 */
export function answers(word: string, term: string): boolean {
  const cp = commonPrefix(word, term);
  if (cp === term.length) return true;
  if (cp === word.length) return word.length >= Math.max(5, Math.ceil(term.length * 0.7));
  return cp >= Math.max(3, term.length - 4);
}

/** True when a result of a query matched every searched word for real. */
export async function isGenuine(query: string, best: PagefindResult | undefined): Promise<boolean> {
  if (!best) return true;
  const terms = query.split(' ').filter((t) => /^\p{L}{4,}$/u.test(t));
  if (terms.length === 0) return true;
  const data = await best.data();
  const contentWords = data.content.split(' ');
  const found = [...data.locations.map((l) => plain(contentWords[l] ?? '')), ...Object.values(data.meta).flatMap((v) => (v ?? '').split(/\s+/).map(plain))];
  return terms.every((t) => found.some((w) => w && answers(w, plain(t))));
}

/** The merged results of a query's variants, and whether the words as typed found anything themselves. */
async function runAll(pagefind: PagefindApi, query: string, options: SearchOptions): Promise<{ results: PagefindResult[]; literal: boolean }> {
  const o = { filters: options.filters, sort: options.newest ? { date: 'desc' as const } : {} };
  const ask = async (q: string | null) => (await pagefind.search(q, o))?.results ?? [];
  // Filters alone: every page they allow.
  if (!query) return { results: await ask(null), literal: true };
  const [literal = '', ...variants] = queryVariants(query);
  // Every form is asked at once: the worker answers them one after another, but no answer waits
  // for a fragment fetch in between.
  const [first = [], ...asked] = await Promise.all([literal, ...variants].map(ask));
  // The first screen shows these pages' excerpts anyway: fetch their fragments together now, instead
  // of the best page's (to check it below) and then the others'. Pagefind keeps each in its cache.
  for (const r of first.slice(0, firstScreen)) void r.data().catch(() => undefined);
  const typed = (await isGenuine(literal, first[0])) ? first : [];
  // A variant that only shortens a word that was found has that word's matches at least: it
  // cannot be a stand-in, so its best page need not be fetched to check.
  const found = typed.length > 0 ? literal.split(' ') : [];
  const safe = (q: string) => q.split(' ').every((t) => found.some((w) => w.startsWith(t)));
  // Any page of an answer shows whether its words were stand-ins (Pagefind falls back for a word
  // everywhere or nowhere), so check one whose text the first screen of results loads anyway.
  const shown = new Set(typed.slice(0, firstScreen).map((r) => r.id));
  const probe = (results: PagefindResult[]) => results.find((r) => shown.has(r.id)) ?? results[0];
  const answersOf = [
    typed,
    ...(await Promise.all(
      variants.map(async (q, i) => {
        const results = asked[i] ?? [];
        if (!safe(q) && !(await isGenuine(q, probe(results)))) return [];
        // The words as typed rank a little above their other forms.
        return results.map((r) => ({ ...r, score: r.score * 0.9 }));
      }),
    )),
  ];
  const byId = new Map<string, PagefindResult>();
  for (const result of answersOf.flat()) {
    const seen = byId.get(result.id);
    if (!seen || seen.score < result.score) byId.set(result.id, result);
  }
  const merged = [...byId.values()];
  return { results: options.newest ? merged : merged.sort((a, b) => b.score - a.score), literal: (answersOf[0]?.length ?? 0) > 0 };
}

/**
 * Runs a search. `correct` is only called when the query finds fewer than
 * `fewResults` pages, or when only other forms of its words found anything;
 * then the corrected query runs too, and its pages come first.
 */
export async function findPages(
  pagefind: PagefindApi,
  query: string,
  options: SearchOptions,
  correct: () => Promise<{ vocabulary: Vocabulary; correctedQuery: (q: string, v: Vocabulary) => string | null }>,
): Promise<SearchOutcome> {
  const { results, literal } = await runAll(pagefind, query, options);
  if ((results.length >= fewResults && literal) || !/\p{L}{4}/u.test(query)) return { results };
  const { vocabulary, correctedQuery } = await correct();
  const corrected = correctedQuery(query, vocabulary);
  if (!corrected) return { results };
  const { results: better } = await runAll(pagefind, corrected, options);
  if (better.length === 0) return { results };
  const ids = new Set(better.map((r) => r.id));
  return { results: [...better, ...results.filter((r) => !ids.has(r.id))], corrected };
}
