/**
 * The other spelling of a Dutch query that Pagefind's Snowball stemmer does
 * not bring together: a long vowel is written double in a closed syllable and
 * single in an open one, so "zonnepaneel" and "zonnepanelen" stem apart. The
 * search page runs this variant too and merges the results. Null when the
 * query has no such word.
 */
export function spellingVariant(query: string): string | null {
  const variant = query.replace(/\p{L}{5,}/gu, (word) =>
    word
      // paneel → panel: Pagefind's prefix match then finds panelen.
      .replace(/([^aeiou])(aa|ee|oo|uu)([^aeiouyj])$/i, (_, c: string, vv: string, d: string) => c + vv[0] + d)
      // panelen → paneel.
      .replace(/([^aeiou])([aeou])([^aeiouyj])en$/i, (_, c: string, v: string, d: string) => c + v + v + d),
  );
  return variant === query ? null : variant;
}
