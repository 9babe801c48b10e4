import { type Mark, type MarkClass, offset, type Scene } from './scene';

export interface Bar {
  /** Printed left of the bar ("Gemeenten", "2025"), so no reader depends on colour. */
  label: string;
  /** null: the source gives no value; `display` says so in words. */
  value: number | null;
  /** The value as printed on the mark ("6,1", "34 %", "niet vermeld"). */
  display: string;
  cls: MarkClass;
}

export interface Group {
  label: string;
  bars: Bar[];
}

export interface GroupedBarsOptions {
  groups: Group[];
  width: number;
  /** Room for the bar labels. */
  labelWidth: number;
  /** The value at the right end of the scale. */
  max: number;
  /** A reference line across all groups, e.g. the pass mark 5,5. */
  reference?: { value: number; label: string };
  /** Scale values printed under the bars. */
  ticks?: { value: number; label: string }[];
}

const barHeight = 20;
const barGap = 6;
const groupLabel = 24;
const groupGap = 16;
const valueRoom = 90;

/** Horizontal bars in labelled groups: the one primitive behind every monitor chart. */
export function groupedBars(o: GroupedBarsOptions): Scene {
  const x0 = o.labelWidth;
  const span = o.width - x0 - valueRoom;
  const scale = (v: number) => (v / o.max) * span;
  const marks: Mark[] = [];
  let y = o.reference ? 28 : 0;
  for (const g of o.groups) {
    marks.push({ t: 'text', x: 0, y: y + 17, text: g.label, size: 17, weight: 600, cls: 'text' });
    y += groupLabel + 4;
    for (const b of g.bars) {
      const mid = y + barHeight / 2 + 5;
      marks.push({ t: 'text', x: x0 - 10, y: mid, text: b.label, size: 15, anchor: 'end', cls: 'muted' });
      if (b.value === null) {
        marks.push({ t: 'text', x: x0 + 4, y: mid, text: b.display, size: 15, cls: 'muted' });
      } else {
        const w = Math.max(scale(b.value), 2);
        marks.push({ t: 'rect', x: x0, y, w, h: barHeight, cls: b.cls });
        marks.push({ t: 'text', x: x0 + w + 8, y: mid, text: b.display, size: 16, weight: 600, cls: 'text' });
      }
      y += barHeight + barGap;
    }
    y += groupGap;
  }
  const bottom = y - groupGap;
  if (o.reference) {
    const x = x0 + scale(o.reference.value);
    // Drawn first, so value labels that cross it stay readable on top.
    marks.unshift({ t: 'line', x1: x, y1: 22, x2: x, y2: bottom, cls: 'pass', dash: true });
    marks.push({ t: 'text', x: x + 6, y: 16, text: o.reference.label, size: 15, weight: 600, cls: 'pass' });
  }
  if (o.ticks) {
    marks.push({ t: 'line', x1: x0, y1: bottom + 4, x2: x0 + span, y2: bottom + 4, cls: 'axis' });
    for (const t of o.ticks) {
      marks.push({ t: 'text', x: x0 + scale(t.value) - 4, y: bottom + 24, text: t.label, size: 14, cls: 'muted' });
    }
  }
  return { width: o.width, height: bottom + (o.ticks ? 32 : 4), marks };
}

/** Places scenes side by side with a gap, top-aligned. */
export function sideBySide(scenes: Scene[], gap: number): Scene {
  let x = 0;
  const marks: Mark[] = [];
  for (const s of scenes) {
    marks.push(...offset(s.marks, x, 0));
    x += s.width + gap;
  }
  return { width: x - gap, height: Math.max(...scenes.map((s) => s.height)), marks };
}

/** Stacks a heading (and optional lines) above a scene. */
export function withHeading(scene: Scene, heading: string, below: string[] = []): Scene {
  const top = 34;
  const marks: Mark[] = [
    { t: 'text', x: 0, y: 20, text: heading, size: 19, weight: 600, cls: 'heading' },
    ...offset(scene.marks, 0, top),
    ...below.map((line, i): Mark => ({ t: 'text', x: 0, y: top + scene.height + 24 + i * 22, text: line, size: 16, cls: 'text' })),
  ];
  return { width: scene.width, height: top + scene.height + (below.length ? below.length * 22 + 12 : 0), marks };
}

/** Stacks scenes vertically with a gap, left-aligned: the narrow-screen layout. */
export function stacked(scenes: Scene[], gap: number): Scene {
  let y = 0;
  const marks: Mark[] = [];
  for (const s of scenes) {
    marks.push(...offset(s.marks, 0, y));
    y += s.height + gap;
  }
  return { width: Math.max(...scenes.map((s) => s.width)), height: y - gap, marks };
}
