/**
 * Plain-language error messages for editors: every message says what the field
 * expects and what it found, e.g. "verwacht een datum als JJJJ-MM-DD, gevonden: "gisteren"".
 * Astro prefixes the entry and field name, so together they name file, field,
 * expectation and finding.
 */
export function found(input: unknown): string {
  if (input === undefined) return 'niets (het veld ontbreekt)';
  if (input === null || input === '') return 'een leeg veld';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'geen geldige datum' : input.toISOString().slice(0, 10);
  const text = JSON.stringify(input);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A zod `error` option: "verwacht <expected>, gevonden: <what was there>". */
export const expected =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    `verwacht ${what}, gevonden: ${found(issue.input)}`;

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een groep velden',
  date: 'een datum als JJJJ-MM-DD',
};
const nl = (n: unknown) => String(n).replace('.', ',');
const count = (n: unknown, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

/** The parts of a zod issue this error map reads (zod passes more). */
interface Issue {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
}

/** What zod's own issues expect, in the same plain Dutch as our messages; undefined leaves zod's text. */
function expectation(issue: Issue): string | undefined {
  const { code, origin } = issue;
  if (code === 'invalid_type') return issue.input === undefined ? 'een waarde: dit veld is verplicht' : (typeNames[issue.expected ?? ''] ?? issue.expected);
  if (code === 'too_small' || code === 'too_big') {
    const n = code === 'too_small' ? issue.minimum : issue.maximum;
    const bound = code === 'too_small' ? 'minstens' : 'hoogstens';
    if (origin === 'number') return `een getal van ${bound} ${nl(n)}`;
    if (origin === 'string') return `${bound} ${count(n, 'teken', 'tekens')}`;
    if (origin === 'array') return `${bound} ${count(n, 'item', 'items')} in de lijst`;
  }
  if (code === 'invalid_value') return `één van: ${(issue.values ?? []).map(String).join(', ')}`;
  if (code === 'unrecognized_keys') return `alleen bekende velden (niet: ${(issue.keys ?? []).join(', ')})`;
  if (code === 'invalid_union') return 'een van de vormen die dit veld kent';
  return undefined;
}

/**
 * zod's error map for the whole site (`z.config({ customError })` in content.config.ts): the build and
 * the content check then word every schema error as "verwacht …, gevonden: …".
 */
export function dutchErrors(issue: Issue): string | undefined {
  const what = expectation(issue);
  return what === undefined ? undefined : `verwacht ${what}, gevonden: ${found(issue.input)}`;
}
