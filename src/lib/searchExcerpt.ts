/**
 * The snippet under a search result, cut from the page text Pagefind indexed.
 * Pagefind's own excerpt starts wherever its window falls ("actie. Met de
 * buren …"); this one starts at the sentence that holds the first match when
 * that sentence begins close enough, and otherwise at a word, after "…".
 */

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const sentenceEnd = /[.!?]["'”’)]*$/;

/**
 * `words` are the page text split on spaces (Pagefind's word positions count
 * them), `hits` the positions that matched, `extra` words to mark when the
 * match was in metadata only (a decimal number: "6,1").
 */
export function excerptParts(content: string, hits: readonly number[], extra: readonly string[] = [], length = 30): ExcerptPart[] {
  const words = content.split(' ').filter((w, i, all) => w !== '' || i === all.length - 1);
  const marked = new Set(hits.filter((h) => h >= 0 && h < words.length));
  if (marked.size === 0 && extra.length > 0) {
    words.forEach((w, i) => {
      if (extra.includes(w.replace(/[^\p{L}\p{N},]+/gu, '').replace(/,$/, ''))) marked.add(i);
    });
  }
  const positions = [...marked].sort((a, b) => a - b);
  // The window that holds the most matches, counted from each match. One pass with two fingers: a
  // short prefix ("w") can match hundreds of words on one page, and every keystroke counts.
  let first = positions[0] ?? 0;
  let most = 0;
  let after = 0;
  for (const [i, p] of positions.entries()) {
    while (after < positions.length && (positions[after] ?? 0) < p + length * 0.7) after++;
    if (after - i > most) [first, most] = [p, after - i];
  }
  // Back to the start of its sentence, if that is near; else a few words of lead-in.
  let start = Math.max(0, first - 3);
  for (let i = first; i >= Math.max(0, first - 14); i--) {
    if (i === 0 || sentenceEnd.test(words[i - 1] ?? '')) {
      start = i;
      break;
    }
  }
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  const cut = start > 0 && !sentenceEnd.test(words[start - 1] ?? '');
  if (cut) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    const word = words[i] ?? '';
    if (!marked.has(i)) {
      push(word, false);
      continue;
    }
    // Mark the word, not the punctuation around it.
    const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
    push(before, false);
    push(core, true);
    push(after, false);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
