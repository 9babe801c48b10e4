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
