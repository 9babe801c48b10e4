/**
 * Horizontal bars in labelled groups, laid out for a given width: the one mark-level primitive the
 * figures use. Labels are measured (text.ts), so nothing is scaled down to fit; a reference line is
 * drawn only where it crosses no text.
 */
import { textBox } from './layout';
import type { Mark, MarkClass, Scene } from './scene';
import { textWidth, wrap } from './text';

export interface Bar {
  /** Printed left of the bar ("Gemeenten", "2025"), so no reader depends on colour. */
  label: string;
  /** null: there is no value; `display` says so in words. */
  value: number | null;
  /** The value as printed next to the bar ("6,1", "34 %", "niet vermeld"). */
  display: string;
  cls: MarkClass;
}

export interface BarGroup {
  label: string;
  bars: Bar[];
}

export interface BarChartOptions {
  groups: BarGroup[];
  width: number;
  /** The value at the right end of the scale (the left end is 0). */
  max: number;
  /** 'beside': group labels in a column left of the bars; 'above': on their own lines above them (narrow). */
  groupLabels: 'beside' | 'above';
  /** A vertical line across all groups, e.g. a pass mark. */
  reference?: { value: number; label: string };
  /** Scale values printed under the bars. */
  ticks?: { value: number; label: string }[];
  /** Text size in px; every label, value and tick uses it (group labels are bold). */
  text?: number;
}

const barHeight = 18;
const barGap = 4;
const groupGap = 14;
const linePad = 1.3;

export function barChart(o: BarChartOptions): Scene {
  const s = o.text ?? 14;
  const lh = Math.round(s * linePad);
  const marks: Mark[] = [];
  const widest = (xs: string[], weight: 400 | 600 = 400) => Math.max(0, ...xs.map((x) => textWidth(x, s, weight)));
  const bars = o.groups.flatMap((g) => g.bars);
  const barLabelW = bars.some((b) => b.label) ? widest(bars.map((b) => b.label)) + 8 : 0;
  const valueW =
    widest(
      bars.filter((b) => b.value !== null).map((b) => b.display),
      600,
    ) + 8;
  const groupW =
    o.groupLabels === 'beside'
      ? Math.min(
          widest(
            o.groups.map((g) => g.label),
            600,
          ) + 16,
          Math.round(o.width * 0.36),
        )
      : 0;
  const x0 = groupW + barLabelW;
  const span = o.width - x0 - valueW;
  if (span < 60) throw new Error(`A bar chart ${o.width} px wide leaves ${Math.round(span)} px for its bars; give it more room or shorter labels`);
  const scale = (v: number) => (Math.min(v, o.max) / o.max) * span;

  const top = o.reference ? lh + 6 : 0;
  let y = top;
  for (const g of o.groups) {
    const lines = wrap(g.label, o.groupLabels === 'beside' ? groupW - 16 : o.width, s, 600);
    const labelTop = y;
    if (o.groupLabels === 'above') y += lines.length * lh + 4;
    lines.forEach((line, i) => {
      marks.push({ t: 'text', x: 0, y: labelTop + lh * i + s, text: line, size: s, weight: 600, cls: 'text' });
    });
    const barsTop = y;
    for (const b of g.bars) {
      const mid = y + barHeight / 2 + s * 0.35;
      if (b.label) marks.push({ t: 'text', x: x0 - 8, y: mid, text: b.label, size: s, anchor: 'end', cls: 'muted' });
      if (b.value === null) {
        marks.push({ t: 'text', x: x0 + 4, y: mid, text: b.display, size: s, cls: 'muted' });
      } else {
        const w = Math.max(scale(b.value), 2);
        marks.push({ t: 'rect', x: x0, y, w, h: barHeight, cls: b.cls });
        marks.push({ t: 'text', x: x0 + w + 5, y: mid, text: b.display, size: s, weight: 600, cls: 'text' });
      }
      y += barHeight + barGap;
    }
    y -= barGap;
    if (o.groupLabels === 'beside') y = Math.max(y, barsTop + lines.length * lh);
    y += groupGap;
  }
  let bottom = y - groupGap;

  if (o.ticks) {
    marks.push({ t: 'line', x1: x0, y1: bottom + 4, x2: x0 + span, y2: bottom + 4, cls: 'axis' });
    for (const t of o.ticks) {
      const w = textWidth(t.label, s);
      marks.push({ t: 'text', x: x0 + scale(t.value) - w / 2, y: bottom + 8 + s, text: t.label, size: s, cls: 'muted' });
    }
    bottom += 8 + lh;
  }

  if (o.reference) {
    const x = x0 + scale(o.reference.value);
    const w = textWidth(o.reference.label, s, 600);
    const label: Mark =
      x + 5 + w <= o.width
        ? { t: 'text', x: x + 5, y: s, text: o.reference.label, size: s, weight: 600, cls: 'reference' }
        : { t: 'text', x: x - 5, y: s, text: o.reference.label, size: s, weight: 600, anchor: 'end', cls: 'reference' };
    marks.push(label);
    // The line runs from under its label to the bottom of the bars, with a gap wherever a text would sit on it.
    const end = o.ticks ? bottom - lh - 4 : bottom;
    const blocked = marks
      .flatMap((m) => (m.t === 'text' ? [textBox(m)] : []))
      .filter((b) => b.x0 - 3 <= x && b.x1 + 3 >= x)
      .map((b) => [b.y0 - 2, b.y1 + 2] as const)
      .sort((a, b) => a[0] - b[0]);
    let from = 4;
    const segments: [number, number][] = [];
    for (const [b0, b1] of blocked) {
      if (b0 > from) segments.push([from, Math.min(b0, end)]);
      from = Math.max(from, b1);
    }
    if (from < end) segments.push([from, end]);
    // Drawn first, so bars paint over the line where they cross it.
    marks.unshift(...segments.filter(([a, b]) => b - a >= 4).map(([a, b]): Mark => ({ t: 'line', x1: x, y1: a, x2: x, y2: b, cls: 'reference', dash: true })));
  }
  return { width: o.width, height: Math.ceil(bottom + 4), marks };
}
