/**
 * Decimal numbers in search. Pagefind drops punctuation, so "6,1" becomes "61"
 * on the page and in the query, and "Bordspel 61" outranks the figure with the
 * grade 6,1. Each page therefore carries its decimal numbers as tokens in the
 * `numbers` metadata (written at index time, never shown), and the search page
 * asks for the token whenever a reader types a decimal comma.
 */

const decimal = /(?<![\d,.])(\d{1,4}),(\d{1,3})(?!\d|,\d)/g;

/** "6,1" → "6komma1k": letters Pagefind keeps, with an end mark so 6,1 does not match 6,15. */
function token(whole: string, fraction: string): string {
  return `${whole}komma${fraction}k`;
}

/** Every decimal number in a text, as search tokens, each once. */
export function numberTokens(text: string): string[] {
  return [...new Set([...text.matchAll(decimal)].map((m) => token(m[1] ?? '', m[2] ?? '')))];
}

/** A query with its decimal numbers turned into the tokens the index holds: "cijfer 6,1" → "cijfer 6komma1k". */
export function withNumberTokens(query: string): string {
  return query.replace(decimal, (_, whole: string, fraction: string) => token(whole, fraction));
}

/** The number a token stands for, to highlight it in an excerpt: "6komma1k" → "6,1". */
export function tokenNumber(word: string): string | null {
  const m = /^(\d+)komma(\d+)k$/.exec(word);
  return m ? `${m[1]},${m[2]}` : null;
}
