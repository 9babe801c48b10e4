/**
 * The house style of the content as rules a test can apply (docs/redactiegids.md, "Schrijfstijl").
 * Each rule takes plain text and returns what breaks it, quoted with a little context, so a failing
 * test says where to look and what to change.
 */
import { sourceWords } from './nearCopy';

/** A piece of text with a little context either side, for messages. */
function around(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 30);
  const to = Math.min(text.length, index + length + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

/** Replaces every match with spaces of the same length, so positions in the text stay where they were. */
const blank = (text: string, pattern: RegExp) => text.replace(pattern, (m) => ' '.repeat(m.length));

/** "u" and "uw": the site says "je" and "jouw". */
export function formalAddress(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}'’-])(?:u|uw)(?![\p{L}\p{N}'’-])/giu)].map((m) => around(text, m.index, m[0].length));
}

const months = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';

/**
 * Numbers under twenty written in digits in running text. Figures stay digits: decimals (6,1),
 * percentages (9 %), dates (17 april), page numbers (pagina 8), ladder steps (trede 3 of 4), scores (2-0),
 * and numbers inside names (Bles2032, CO2, 110-Morgen).
 */
export function smallNumerals(text: string): string[] {
  let t = blank(text, new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,2}\\s+(?:${months})(?![\\p{L}])`, 'giu'));
  t = blank(t, /(?<![\p{L}])(?:pagina(?:['’]s)?|treden?)\s+\d+(?:\s*(?:[-–]|of|en|tot)\s*\d+)?/giu);
  t = blank(t, /\d+(?:[.,]\d+)+/g);
  t = blank(t, /[\p{L}\p{N}]*\d+[-–][\p{L}\p{N}]+/gu);
  t = blank(t, /\d+(?:\s|\u00a0)*%/g);
  return [...t.matchAll(/(?<![\p{L}\p{N}])\d+(?![\p{L}\p{N}])/gu)].filter((m) => Number(m[0]) < 20).map((m) => around(text, m.index, m[0].length));
}

/** Words that mean "now" (or "lately", "soon") as seen by whoever reads the page, which may be years later. */
const relativeTime =
  /(?<![\p{L}])(inmiddels|tegenwoordig|momenteel|binnenkort|onlangs|laatst|straks|dit jaar|vorig jaar|volgend jaar|afgelopen jaar|op dit moment|nog steeds|nog altijd|tot nu toe|nu)(?![\p{L}])/iu;
/** Set phrases with "nu" that do not mean "at present". */
const notTime = /(?<![\p{L}])(?:of het nu|hier en nu|nu eenmaal|nu en dan)(?![\p{L}])/giu;
/** What ties a sentence to a moment: a year, or "toen" and its kin. */
const anchor = /(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])|(?<![\p{L}])(?:toen|destijds|op dat moment|in die tijd|tot dan toe)(?![\p{L}])/iu;

/** Sentences that say "now" without saying when: every "now" is anchored to the edition. */
export function unanchoredNow(text: string): string[] {
  // Whole sentences: "De vraag was toen: wat nu?" is anchored by its first half.
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => ({ s, word: s.replace(notTime, ' ').match(relativeTime)?.[1] }))
    .filter(({ s, word }) => word !== undefined && !anchor.test(s))
    .map(({ s, word }) => `"${word}" in: ${s}`);
}

/** Stock phrases that wear out when an edition repeats them: each may appear once in the whole edition. */
export const stockPhrases = [
  'het resultaat mag er zijn',
  'de aanhouder wint',
  'de handen ineen',
  'maar liefst',
  'stap voor stap',
  'smaakte naar meer',
  'een mooi voorbeeld',
  'niet onopgemerkt',
];

/** Stock phrases used more than once across `files`, with where they are. */
export function repeatedStockPhrases(files: readonly { file: string; text: string }[]): string[] {
  return stockPhrases.flatMap((phrase) => {
    const pattern = new RegExp(`(?<![\\p{L}])${phrase.replace(/ /g, '\\s+')}`, 'giu');
    const hits = files.flatMap(({ file, text }) => [...text.matchAll(pattern)].map(() => file));
    return hits.length > 1 ? [`"${phrase}" ${hits.length} times: ${hits.join(', ')}`] : [];
  });
}

export interface PersonEntry {
  name: string;
  role?: string | undefined;
  organisation?: string | undefined;
}

/** Little words that a role shares with any sentence; they prove nothing about where it is printed. */
const filler = new Set(['bij', 'van', 'de', 'het', 'en', 'tot', 'in', 'op', 'der', 'den', 'voor', 'te', 'met', 'een']);

/** How close to a printed name a role or organisation must be printed to belong to that person. */
export const ROLE_DISTANCE = 10;

/**
 * Roles and organisations the magazine does not print next to the person's name. Every meaningful word
 * of `role` and `organisation` must occur within ROLE_DISTANCE words of the printed full name or first
 * name; a name that is not in print at all is reported too.
 */
export function unprintedRoles(person: PersonEntry, source: readonly string[]): string[] {
  const name = sourceWords(person.name);
  const first = name[0] as string;
  const at: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== first) continue;
    at.push(i);
  }
  const fullAt = at.filter((i) => name.every((w, k) => source[i + k] === w));
  if (fullAt.length === 0) return [`${person.name}: the name is not printed in the magazine (write it exactly as printed)`];
  const near = (word: string) => at.some((i) => source.slice(Math.max(0, i - ROLE_DISTANCE), i + name.length + ROLE_DISTANCE).includes(word));
  return (['role', 'organisation'] as const).flatMap((field) => {
    const value = person[field];
    if (!value) return [];
    const missing = sourceWords(value).filter((w) => !filler.has(w) && !near(w));
    return missing.length > 0
      ? [`${person.name}: ${field} "${value}" is not printed next to the name (${missing.join(', ')} not within ${ROLE_DISTANCE} words)`]
      : [];
  });
}
