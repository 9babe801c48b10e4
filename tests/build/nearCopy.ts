/**
 * Near copies: a sentence that follows a printed sentence word for word with a word or two swapped is
 * as much a copy as an exact run, and an exact-run check misses it. Per sentence of the site, this finds
 * the passage of the magazine that shares the most of its words in the same order (the longest common
 * subsequence, so a paraphrase that truly reorders the thought scores low) and reports the sentence when
 * that share is too high.
 *
 * Facts carry over exactly, so numbers and names (capitalised words inside a sentence) are left out of
 * the count: "Op 17 april 2025 leidde Helga ..." is measured on its own words only.
 */

/** A sentence with fewer own words than this is too short to tell a copy from a fact. */
export const MIN_OWN_WORDS = 8;
/** The share of a sentence's own words, in print order, at which it counts as a near copy. */
export const MAX_SHARED = 0.75;

export interface NearCopy {
  sentence: string;
  /** Share of the sentence's own words found in print order in one passage, 0-1. */
  ratio: number;
  /** That passage of the magazine, normalised. */
  passage: string;
}

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/\u00AD/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** The magazine as one list of words: hyphenation across lines joined, lower case, no accents. */
export function sourceWords(text: string): string[] {
  return fold(text.replace(/-[ \t]*\r?\n\s*/g, ''))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The words of a sentence that are not facts: no numbers, no capitalised words after the first. */
export function ownWords(sentence: string): string[] {
  const tokens = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens
    .filter((t, i) => !/\p{N}/u.test(t) && !(i > 0 && /^\p{Lu}/u.test(t)))
    .map((t) => fold(t).replace(/[^a-z]/g, ''))
    .filter(Boolean);
}

/** Sentences of a block of running text; a colon or semicolon ends one too. */
export function sentencesOf(block: string): string[] {
  return block
    .split(/(?<=[.!?;:])\s+/)
    .map((s) => s.replace(/^[\s\-–•#*]+/, '').trim())
    .filter(Boolean);
}

/** Length of the longest common subsequence of two word lists. */
function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/**
 * The best match of a sentence in the magazine, or undefined when the sentence is too short to judge.
 * Passages are a little longer than the sentence (print text is interleaved with pull quotes); a sliding
 * bag-of-words count skips every passage that cannot reach the threshold, so only a few get the full
 * comparison.
 */
export function bestMatch(sentence: string, source: readonly string[], threshold = MAX_SHARED): NearCopy | undefined {
  const own = ownWords(sentence);
  const n = own.length;
  if (n < MIN_OWN_WORDS) return undefined;
  const span = Math.ceil(n * 1.5) + 2;
  const need = new Map<string, number>();
  for (const w of own) need.set(w, (need.get(w) ?? 0) + 1);
  const have = new Map<string, number>();
  let inWindow = 0;
  let best = 0;
  let bestEnd = 0;
  for (let i = 0; i < source.length; i++) {
    const added = source[i] as string;
    const wanted = need.get(added);
    if (wanted !== undefined) {
      const h = (have.get(added) ?? 0) + 1;
      have.set(added, h);
      if (h <= wanted) inWindow++;
    }
    if (i >= span) {
      const dropped = source[i - span] as string;
      const wantedDropped = need.get(dropped);
      if (wantedDropped !== undefined) {
        const h = (have.get(dropped) as number) - 1;
        have.set(dropped, h);
        if (h < wantedDropped) inWindow--;
      }
    }
    // The words in order can never outnumber the words present, so most passages need no comparison.
    if (inWindow > best && inWindow >= threshold * n * 0.999) {
      const shared = lcs(own, source.slice(Math.max(0, i - span + 1), i + 1));
      if (shared > best) {
        best = shared;
        bestEnd = i;
      }
    }
  }
  return { sentence, ratio: best / n, passage: source.slice(Math.max(0, bestEnd - span + 1), bestEnd + 1).join(' ') };
}

/** A pattern that finds a printed name or title inside a sentence, whatever its punctuation and case. */
export function phrasePattern(phrase: string): RegExp {
  const parts = phrase.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (parts.length === 0) throw new Error(`An allowed phrase needs at least one word: "${phrase}"`);
  return new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+'), 'giu');
}

/**
 * Every sentence of `text` that is a near copy of the magazine. Printed names and titles in `allowed`
 * (publication titles, the printed table of contents) are taken out of a sentence before it is measured.
 */
export function nearCopies(text: string, source: readonly string[], allowed: readonly string[] = [], threshold = MAX_SHARED): NearCopy[] {
  const patterns = allowed.map(phrasePattern);
  return sentencesOf(text)
    .map((s) => {
      const measured = patterns.reduce((rest, p) => rest.replace(p, ' '), s);
      const match = bestMatch(measured, source, threshold);
      return match && { ...match, sentence: s };
    })
    .filter((m): m is NearCopy => m !== undefined && m.ratio >= threshold);
}
