/**
 * Finds the page a mistyped or cut-off address most likely meant, for the 404 page. Capitals and
 * punctuation stuck to the end count for nothing; then the fewest typing changes win.
 */

/** A path as it may have been meant: decoded, lower case, without trailing punctuation, slashes or index.html. */
export function normalisePath(path: string): string {
  let p = path;
  try {
    p = decodeURIComponent(p);
  } catch {}
  p = p
    .toLowerCase()
    .replace(/\/index\.html?$/, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/[\s/.,;:!?)\]}'"*>’”»_-]+$/u, '');
  return p === '' ? '/' : p;
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The candidate closest to `requested`, or undefined when none is close: the same address apart from
 * capitals and punctuation; else one whose start was cut off the requested address (at least ten
 * characters of it); else the fewest edits, at most two or a quarter of the address.
 */
export function closestPage(requested: string, candidates: readonly string[]): string | undefined {
  const want = normalisePath(requested);
  if (want === '/') return undefined;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const have = normalisePath(candidate);
    if (have === '/') continue;
    if (have === want) return candidate;
    const limit = Math.max(2, Math.floor(Math.max(want.length, have.length) / 4));
    const score = want.length >= 10 && have.startsWith(want) ? 0.5 : editDistance(want, have, limit);
    if (score <= limit && (score < bestScore || (score === bestScore && candidate.length < (best?.length ?? Number.POSITIVE_INFINITY)))) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
