/**
 * Advance widths in em of the widest of the faces a map label may be drawn in: Source Sans 3 (400,
 * 600), Liberation Sans / Arial (400, bold) and DejaVu Sans (Book, Bold), measured in Chromium with
 * canvas measureText. Labels are placed at build time, without a browser, so the layout may never
 * think a name narrower than any of these fonts draws it; tests/e2e/map.test.ts checks the real boxes.
 */
const byWidth: [number, string][] = [
  [0.31, "'"],
  [0.35, 'ijl '],
  [0.37, '/'],
  [0.38, 'I’.,'],
  [0.42, '-'],
  [0.44, 'f'],
  [0.46, '()'],
  [0.48, 't'],
  [0.5, 'r'],
  [0.56, 'J'],
  [0.59, 'z'],
  [0.6, 'cs'],
  [0.64, 'L'],
  [0.65, 'x'],
  [0.66, 'vy'],
  [0.67, 'k'],
  [0.68, 'ae'],
  [0.69, 'oEFT'],
  [0.7, '0123456789'],
  [0.72, 'bdghnpqu'],
  [0.73, 'SYZ'],
  [0.74, 'CP'],
  [0.77, 'B'],
  [0.78, 'AKRVX'],
  [0.82, 'U'],
  [0.83, 'G'],
  [0.84, 'DHN'],
  [0.86, 'OQ'],
  [0.88, '&'],
  [0.93, 'w'],
  [1, 'M'],
  [1.05, 'm'],
  [1.11, 'W'],
];
const advances = new Map(byWidth.flatMap(([width, chars]) => [...chars].map((ch) => [ch, width] as const)));
/** A character not measured counts as wide as the widest capital but W. */
const fallback = 1;

/** Width of `text` in em (multiply by the font size). Accented letters count as their base letter. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += advances.get(ch) ?? advances.get(ch.normalize('NFD').charAt(0)) ?? fallback;
  return width;
}
