/**
 * Text measurement without a browser. Chart layouts need to know how wide a label is before any font
 * is loaded, so they use the advance widths of the widest common sans (DejaVu Sans, the Linux default,
 * checked against Liberation Sans): a label laid out with these fits in every narrower font.
 * Widths are in thousandths of an em, for the characters in `chars`; anything else counts as 0.64 em.
 */
const chars = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~àáâäèéêëìíîïòóôöùúûüçñÀÁÄÈÉËÏÖÜ’‘“”–—€ ¹²³·×…';
const regular = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838,
  556, 1015, 722, 686, 722, 770, 667, 611, 778, 752, 333, 500, 722, 611, 889, 748, 787, 667, 787, 722, 667, 611, 732, 722, 989, 722, 722, 685, 390, 337, 390,
  838, 556, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337,
  636, 838, 613, 613, 613, 613, 615, 615, 615, 615, 278, 278, 278, 278, 612, 612, 612, 612, 634, 634, 634, 634, 550, 634, 722, 722, 722, 667, 667, 667, 333,
  787, 732, 333, 333, 518, 518, 556, 1000, 636, 318, 401, 401, 401, 318, 838, 1000,
];
const bold = [
  348, 456, 555, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838,
  611, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 389, 556, 778, 667, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457,
  838, 556, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365,
  712, 838, 675, 675, 675, 675, 678, 678, 678, 678, 343, 343, 343, 343, 687, 687, 687, 687, 712, 712, 712, 712, 593, 712, 774, 774, 774, 683, 683, 683, 389,
  850, 812, 380, 380, 657, 657, 556, 1000, 696, 348, 438, 438, 438, 380, 838, 1000,
];

const table = (widths: number[]) => new Map([...chars].map((ch, i) => [ch, widths[i] ?? 640]));
const widths = { 400: table(regular), 600: table(bold) } as const;

/** The width of `text` at `size` px, in the widest common sans. */
export function textWidth(text: string, size: number, weight: 400 | 600 = 400): number {
  const w = widths[weight];
  let sum = 0;
  for (const ch of text) sum += w.get(ch === '\u00a0' ? ' ' : ch) ?? 640;
  // A few percent on top for fonts a little wider than the table and for rendering differences.
  return (sum / 1000) * size * 1.04;
}

/** Breaks `text` into lines no wider than `max` px; a single word wider than that keeps a line of its own. */
export function wrap(text: string, max: number, size: number, weight: 400 | 600 = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
