/**
 * Loaded only when a query finds little: the site's vocabulary (written next to
 * the index by src/integrations/pagefind.ts) and the typo matcher that reads it.
 */
import { correctedQuery } from '../../lib/searchTypos';
import { parseVocabulary, type Vocabulary } from '../../lib/searchVocabulary';

export { correctedQuery };

let vocabulary: Promise<Vocabulary> | undefined;

export function loadVocabulary(url: string): Promise<Vocabulary> {
  vocabulary ??= fetch(url)
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`))))
    .then(parseVocabulary)
    .catch((e: unknown) => {
      vocabulary = undefined;
      throw e;
    });
  return vocabulary;
}
