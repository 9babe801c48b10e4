/**
 * The words of the indexed text, for "Bedoelde je …?". Built after Pagefind has
 * indexed the site, from the text it indexed, and kept under a byte budget
 * (gzip) by leaving out the rarest words first. The search page fetches it only
 * when a query finds little. One line a word, alphabetical (it compresses
 * best), with the number of pages that use it when that is more than one.
 */

export interface VocabularyPage {
  title: string;
  content: string;
}

/** The key words are compared by: lower case, accents off, as Pagefind compares them. */
export function wordKey(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Words worth suggesting: letters only (a hyphen splits), four or more. */
export function vocabularyWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => w.length <= 40);
}

/**
 * The vocabulary file: every word's page count, title words counting three times
 * (a reader types the names of places and things), the commonest words kept
 * until `fits` says the file would grow too large.
 */
export function buildVocabulary(pages: Iterable<VocabularyPage>, fits: (text: string) => boolean): { text: string; words: number; dropped: number } {
  const count = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set(vocabularyWords(page.content));
    for (const w of vocabularyWords(page.title)) count.set(w, (count.get(w) ?? 0) + 2);
    for (const w of seen) count.set(w, (count.get(w) ?? 0) + 1);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const write = (n: number) =>
    ranked
      .slice(0, n)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([w, n]) => (n > 1 ? `${w} ${n}` : w))
      .join('\n');
  // The largest prefix of the ranking that fits.
  let [low, high] = [0, ranked.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(write(mid))) low = mid;
    else high = mid - 1;
  }
  return { text: write(low), words: low, dropped: ranked.length - low };
}

export interface Vocabulary {
  /** wordKey → the word as written, and how many pages use it. */
  words: Map<string, { word: string; pages: number }>;
  /** The keys in order, to ask whether a typed word begins some word. */
  sorted: string[];
}

export function parseVocabulary(text: string): Vocabulary {
  const words = new Map<string, { word: string; pages: number }>();
  for (const line of text.split('\n')) {
    const [word, n] = line.split(' ');
    if (!word) continue;
    const key = wordKey(word);
    const pages = Number(n ?? 1);
    const seen = words.get(key);
    if (!seen || seen.pages < pages) words.set(key, { word, pages });
  }
  return { words, sorted: [...words.keys()].sort() };
}

/** Is `prefix` the start of some word of the vocabulary (or a word itself)? */
export function startsSomeWord(vocabulary: Vocabulary, prefix: string): boolean {
  const { sorted } = vocabulary;
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  return (sorted[low] ?? '').startsWith(prefix);
}
