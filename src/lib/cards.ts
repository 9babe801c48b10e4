/**
 * How a piece's card is composed when it has no photo: its own words (place, activity or person)
 * set large on its theme colour, with the theme's motif cropped at an edge chosen from its slug.
 * Every piece gets a different card without one shared set of drawn shapes.
 */
import type { Piece } from './content';

/** A stable small number from a slug, so a card looks the same in every build. */
export function slugHash(slug: string): number {
  let h = 2166136261;
  for (let i = 0; i < slug.length; i++) h = Math.imul(h ^ slug.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The words set large on a card: what a reader recognises a piece by. */
export function plateWords(piece: Piece, placeNames: string[], municipalityNames: string[], kind: string): { big: string; small?: string } {
  if (piece.collection === 'actions') return { big: piece.data.activity, ...(placeNames[0] ? { small: placeNames[0] } : {}) };
  if (placeNames.length > 0) return { big: placeNames.join(' & ') };
  if (piece.data.kind === 'interview') return { big: piece.data.interviewee.name };
  if (municipalityNames.length > 0) return { big: municipalityNames.join(', ') };
  return { big: kind };
}

/** Width of an average character of the serif bold, in em. */
const charWidth = 0.6;

/** Lines `text` takes at `size` (cqi) in a line `width` cqi wide, breaking between words. */
function linesAt(text: string, size: number, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const w = word.length * charWidth * size;
    if (w > width) return Number.POSITIVE_INFINITY;
    const next = used === 0 ? w : used + charWidth * size + w;
    if (next > width) {
      lines++;
      used = w;
    } else used = next;
  }
  return lines;
}

/**
 * A size class for the big words: every word must fit the plate's width (86 cqi inside the padding)
 * and all lines the lower part of the plate (about 42 cqi of its 67). fit-1 is the largest.
 */
export function fitClass(text: string): string {
  const steps = [22, 17, 13.5, 11, 9, 7.5];
  const index = steps.findIndex((size) => linesAt(text, size, 86) * size <= 42);
  return `fit-${index === -1 ? steps.length : index + 1}`;
}

export type MotifPlacement = { x: number; y: number; scale: number; rotate: number };

/** Where the theme's motif sits on the plate (a 160×100 box): one of six crops, from the slug. */
export function motifPlacement(slug: string): MotifPlacement {
  const placements: MotifPlacement[] = [
    { x: 96, y: -18, scale: 1.05, rotate: 0 },
    { x: 100, y: 30, scale: 0.95, rotate: -12 },
    { x: -26, y: 42, scale: 1, rotate: 10 },
    { x: 82, y: 46, scale: 1.2, rotate: 6 },
    { x: 108, y: -6, scale: 0.8, rotate: 18 },
    { x: 54, y: 52, scale: 1.1, rotate: -6 },
  ];
  return placements[slugHash(slug) % placements.length] as MotifPlacement;
}

/** Rounds a focal point to the classes the stylesheet knows (0, 25, 50, 75, 100 %). */
export function focusClasses(focus: { x: number; y: number } | undefined): string {
  if (!focus) return '';
  const q = (v: number) => Math.round(v / 25) * 25;
  return `fx-${q(focus.x)} fy-${q(focus.y)}`;
}
