/**
 * "Bedoelde je …?": the closest words of the site's vocabulary to a query that
 * found little. The distance is Levenshtein's (fastest-levenshtein: Myers'
 * bit-parallel algorithm, a tested and widely used package, faster than a
 * hand-written loop over thousands of words), with an adjacent swap
 * ("Vreeswjik") counted as one edit. How many edits a word may need grows
 * with its length; compounds written apart or together are tried first.
 */
import { distance } from 'fastest-levenshtein';
import { splitForms, wordForms } from './dutchSpelling';
import { startsSomeWord, type Vocabulary, wordKey } from './searchVocabulary';

/** Edits allowed for a word of this length: none under four letters, one up to seven, then two. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Two words that differ only by two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === (diff[0] ?? -2) + 1 && a[diff[0] ?? 0] === b[diff[1] ?? 0] && a[diff[1] ?? 0] === b[diff[0] ?? 0];
}

/** The vocabulary word closest to `typed`, or null when none is close enough (or the word is known). */
export function closestWord(typed: string, vocabulary: Vocabulary): string | null {
  const key = wordKey(typed);
  const limit = allowedEdits(key.length);
  if (limit === 0 || vocabulary.words.has(key) || !/^\p{L}+$/u.test(key)) return null;
  let best: { word: string; edits: number; raw: number; pages: number } | null = null;
  for (const [candidate, { word, pages }] of vocabulary.words) {
    if (Math.abs(candidate.length - key.length) > limit) continue;
    const raw = distance(key, candidate);
    const edits = raw === 2 && swapped(key, candidate) ? 1 : raw;
    if (edits > limit) continue;
    // Fewest edits first (a single slip before a swap: westerbrok → westerbroek, not westerbork);
    // then the word more pages use.
    const better = !best || edits < best.edits || (edits === best.edits && (raw < best.raw || (raw === best.raw && pages > best.pages)));
    if (better) best = { word, edits, raw, pages };
  }
  return best?.word ?? null;
}

const isKnown = (vocabulary: Vocabulary) => (w: string) => vocabulary.words.has(wordKey(w));

/**
 * The query a reader probably meant, or null when every word is known (or
 * begins a known word, which Pagefind's prefix match already finds).
 * "warmte camera" → "warmtecamera", "molelanden" → "molenlanden".
 */
export function correctedQuery(query: string, vocabulary: Vocabulary): string | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const known = isKnown(vocabulary);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    const key = wordKey(word);
    // A compound written apart: join it when the site writes it together, typos and all.
    if (next && /^\p{L}+$/u.test(key + wordKey(next))) {
      const joined = known(word + next) ? word + next : closestWord(word + next, vocabulary);
      if (joined && (!known(word) || !known(next))) {
        out.push(vocabulary.words.get(wordKey(joined))?.word ?? joined);
        i++;
        continue;
      }
    }
    // Known as typed, as the start of a word, or in another form (warmtewandelingen → warmtewandeling).
    if (key.length < 4 || !/^\p{L}+$/u.test(key) || known(word) || startsSomeWord(vocabulary, key) || wordForms(key).some(known)) {
      out.push(word);
      continue;
    }
    const split = splitForms(key, known)[0];
    out.push(split ?? closestWord(word, vocabulary) ?? word);
  }
  const corrected = out.join(' ');
  return wordKey(corrected) === wordKey(words.join(' ')) ? null : corrected;
}
