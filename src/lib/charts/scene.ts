/**
 * A chart as a flat list of positioned marks. Chart functions build one; toSvg() draws it for pages,
 * embeds and downloads, toPng() for the PNG and the Open Graph image. One geometry, so every output
 * shows the same figure. Classes name roles (a series, a step of a sequence, text), never data.
 */
export type MarkClass = 'series-a' | 'series-b' | 'seq-1' | 'seq-2' | 'seq-3' | 'seq-4' | 'text' | 'muted' | 'heading' | 'reference' | 'axis';

export type Mark =
  | { t: 'rect'; x: number; y: number; w: number; h: number; cls: MarkClass }
  | { t: 'text'; x: number; y: number; text: string; size: number; weight?: 400 | 600; anchor?: 'start' | 'end'; cls: MarkClass }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; cls: MarkClass; dash?: boolean };

export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

export { background, palette } from './palette';
export const fontFamily = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";

/** Shifts every mark, for placing a panel or adding a header. */
export function offset(marks: Mark[], dx: number, dy: number): Mark[] {
  return marks.map((m) => (m.t === 'line' ? { ...m, x1: m.x1 + dx, x2: m.x2 + dx, y1: m.y1 + dy, y2: m.y2 + dy } : { ...m, x: m.x + dx, y: m.y + dy }));
}

/** Every text a scene prints, for tests and accessible descriptions. */
export function texts(scene: Scene): string[] {
  return scene.marks.flatMap((m) => (m.t === 'text' ? [m.text] : []));
}
