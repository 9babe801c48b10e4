import { textWidthEm } from './textWidth';

/**
 * Places a name beside every mark of a map, at build time, so no label covers another label, another
 * mark or its line. Every label is also a link whose tap target is at least `targetPx` square at the
 * narrowest width the map is drawn at. A label goes right beside its mark when there is room, and is
 * moved out along a thin leader line when there is not (the Randstad is crowded at country scale).
 * The map scales as a whole, so a layout without overlaps at one width has none at any width.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MarkInput {
  id: string;
  /** Mark position in map units. */
  x: number;
  y: number;
  text: string;
}

export interface LabelOptions {
  /** The area labels must stay inside, in map units: normally the map's viewBox. */
  bounds: Box;
  /** Map units per CSS pixel when the map is drawn at the narrowest width it is promised. */
  unitsPerPx: number;
  /** Label size in CSS pixels at that width. */
  fontPx?: number;
  /** Smallest tap target in CSS pixels, both ways (WCAG 2.5.5). */
  targetPx?: number;
  /** Radius of a mark's dot in CSS pixels. */
  markPx?: number;
  /** Areas no label may cover (an inset map, a scale bar), in map units. */
  obstacles?: Box[];
}

export interface Label {
  id: string;
  text: string;
  /** The link's tap target; the text lies inside it. */
  target: Box;
  /** The text as the layout reckons it (the widest font it may be drawn in). */
  textBox: Box;
  /** Text position: x of its anchor, y of its middle (dominant-baseline: central). */
  textX: number;
  textY: number;
  anchor: 'start' | 'middle' | 'end';
  /** From the edge of the dot to the text, when the text could not sit right beside its mark. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  cost: number;
}

export interface LabelLayout {
  labels: Label[];
  /** Sizes in map units, for drawing. */
  fontSize: number;
  markRadius: number;
}

/** Steps out from the mark, and up or down, that a label may be moved. */
const OUT_STEPS = 10;
const SIDE_STEPS = 10;
/** Annealing moves per mark: enough for a stable layout of a few dozen marks in well under a second. */
const STEPS_PER_MARK = 6000;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Distance from a point to the nearest point of a box (0 inside). */
function nearestOn(box: Box, x: number, y: number): [number, number] {
  return [clamp(x, box.x, box.x + box.w), clamp(y, box.y, box.y + box.h)];
}

function circleHitsBox(cx: number, cy: number, r: number, box: Box): boolean {
  const [nx, ny] = nearestOn(box, cx, cy);
  return Math.hypot(cx - nx, cy - ny) < r;
}

type Segment = { x1: number; y1: number; x2: number; y2: number };

function segmentsCross(a: Segment, b: Segment): boolean {
  const d = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = d(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d2 = d(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  const d3 = d(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d4 = d(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function segmentHitsBox(s: Segment, box: Box): boolean {
  const inBox = (x: number, y: number) => x > box.x && x < box.x + box.w && y > box.y && y < box.y + box.h;
  if (inBox(s.x1, s.y1) || inBox(s.x2, s.y2)) return true;
  const { x, y, w, h } = box;
  const edges: Segment[] = [
    { x1: x, y1: y, x2: x + w, y2: y },
    { x1: x + w, y1: y, x2: x + w, y2: y + h },
    { x1: x + w, y1: y + h, x2: x, y2: y + h },
    { x1: x, y1: y + h, x2: x, y2: y },
  ];
  return edges.some((e) => segmentsCross(s, e));
}

function segmentHitsCircle(s: Segment, cx: number, cy: number, r: number): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const t = clamp(((cx - s.x1) * dx + (cy - s.y1) * dy) / (dx * dx + dy * dy || 1), 0, 1);
  return Math.hypot(s.x1 + t * dx - cx, s.y1 + t * dy - cy) < r;
}

/** Every place a mark's label may go, cheapest first, leaving out those that break a rule on their own. */
function candidatesFor(mark: MarkInput, others: MarkInput[], o: Required<LabelOptions>): Label[] {
  const u = o.unitsPerPx;
  const font = o.fontPx * u;
  const r = o.markPx * u;
  const target = o.targetPx * u;
  const gap = 0.3 * font;
  const step = target / 2;
  const tw = textWidthEm(mark.text) * font;
  const th = 1.25 * font;
  const hitW = Math.max(target, tw + 0.5 * font);
  const hitH = Math.max(target, th);
  const out: Label[] = [];

  const add = (cx: number, cy: number, anchor: Label['anchor'], preference: number) => {
    const textBox = { x: cx - tw / 2, y: cy - th / 2, w: tw, h: th };
    const hit = { x: cx - hitW / 2, y: cy - hitH / 2, w: hitW, h: hitH };
    if (!inside(hit, o.bounds) || o.obstacles.some((b) => overlaps(hit, b))) return;
    // Another mark's dot under this label would be hidden, or open the wrong page when tapped.
    if (others.some((m) => circleHitsBox(m.x, m.y, r, hit))) return;
    let penalty = preference;
    if (others.some((m) => circleHitsBox(m.x, m.y, r * 1.5, hit))) penalty += font; // allowed, but a label needs air
    const [nx, ny] = nearestOn({ x: textBox.x - gap / 2, y: textBox.y, w: tw + gap, h: th }, mark.x, mark.y);
    const distance = Math.hypot(nx - mark.x, ny - mark.y);
    let leader: Segment | undefined;
    if (distance > r + gap * 1.6) {
      const ux = (nx - mark.x) / distance;
      const uy = (ny - mark.y) / distance;
      leader = { x1: mark.x + ux * r, y1: mark.y + uy * r, x2: nx, y2: ny };
      // A line may pass close to another mark where nothing else fits, never through it.
      if (others.some((m) => segmentHitsCircle(leader as Segment, m.x, m.y, r * 1.05))) return;
      if (others.some((m) => segmentHitsCircle(leader as Segment, m.x, m.y, r * 1.6))) penalty += 2 * font;
    }
    const textX = anchor === 'start' ? textBox.x : anchor === 'end' ? textBox.x + tw : cx;
    const label: Label = {
      id: mark.id,
      text: mark.text,
      target: hit,
      textBox,
      textX,
      textY: cy,
      anchor,
      cost: distance + (distance * distance) / (4 * target) + penalty,
    };
    if (leader) {
      label.leader = leader;
      label.cost += 2 * font; // a line is a detour for the eye: only when beside-the-mark does not fit
    }
    out.push(label);
  };

  for (let k = 0; k <= OUT_STEPS; k++) {
    for (let j = -SIDE_STEPS; j <= SIDE_STEPS; j++) {
      const cy = mark.y + j * step * 0.5;
      // Right of the mark reads most naturally; left is next; above and below last.
      add(mark.x + r + gap + k * step + tw / 2, cy, 'start', 0);
      add(mark.x - r - gap - k * step - tw / 2, cy, 'end', 0.5 * font);
      const cx = mark.x + j * step * 0.5;
      add(cx, mark.y - r - gap - k * step - th / 2, 'middle', font);
      add(cx, mark.y + r + gap + k * step + th / 2, 'middle', font);
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

/** Whether two labels of different marks can both be drawn. */
function compatible(a: Label, b: Label): boolean {
  if (overlaps(a.target, b.target)) return false;
  if (a.leader && segmentHitsBox(a.leader, b.target)) return false;
  if (b.leader && segmentHitsBox(b.leader, a.target)) return false;
  if (a.leader && b.leader && segmentsCross(a.leader, b.leader)) return false;
  return true;
}

/** A small seeded generator (mulberry32), so every build lays the labels out the same way. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Lays out one label per mark by simulated annealing (as in Christensen, Marks and Shieber's study of
 * label placement): start from every label at its cheapest place, then keep moving one label at a
 * time, accepting worse moves less and less often, and keep the cheapest layout met that has no
 * conflict. Seeded, so every build gives the same map. Throws, naming the marks, when no layout fits.
 */
export function layoutLabels(marks: MarkInput[], options: LabelOptions): LabelLayout {
  const o: Required<LabelOptions> = { fontPx: 13, targetPx: 44, markPx: 6, obstacles: [], ...options };
  const sorted = [...marks].sort((a, b) => a.id.localeCompare(b.id));
  const candidates = sorted.map((m) =>
    candidatesFor(
      m,
      sorted.filter((other) => other !== m),
      o,
    ),
  );
  const empty = sorted.filter((_, i) => candidates[i]?.length === 0);
  if (empty.length > 0) throw new Error(`The map has no room for the labels of ${empty.map((m) => m.text).join(', ')}: widen its bounds or split the map`);

  const state = candidates.map((c) => c[0] as Label);
  const conflictsOf = (label: Label, i: number) => state.reduce((n, other, j) => n + (j !== i && !compatible(label, other) ? 1 : 0), 0);
  const CONFLICT = 10 * o.targetPx * o.unitsPerPx;
  let conflicts = state.reduce((n, l, i) => n + conflictsOf(l, i), 0) / 2;
  let energy = state.reduce((sum, l) => sum + l.cost, 0) + CONFLICT * conflicts;
  let best = conflicts === 0 ? [...state] : undefined;
  let bestCost = conflicts === 0 ? energy : Number.POSITIVE_INFINITY;
  const next = random(20250);
  const steps = STEPS_PER_MARK * sorted.length;
  const cooling = (0.01 / 3) ** (1 / steps); // from three targets' worth of cost down to a hundredth of one
  for (let step = 0, temperature = 3 * o.targetPx * o.unitsPerPx; step < steps; step++, temperature *= cooling) {
    const i = Math.floor(next() * state.length);
    const options = candidates[i] as Label[];
    const label = options[Math.floor(next() * next() * options.length)] as Label; // cheaper places more often
    const current = state[i] as Label;
    const added = conflictsOf(label, i) - conflictsOf(current, i);
    const delta = label.cost - current.cost + CONFLICT * added;
    if (delta <= 0 || next() < Math.exp(-delta / temperature)) {
      state[i] = label;
      energy += delta;
      conflicts += added;
      if (conflicts === 0 && energy < bestCost - 1e-9) {
        bestCost = energy;
        best = [...state];
      }
    }
  }
  if (!best) {
    const stuck = sorted.filter((_, i) => conflictsOf(state[i] as Label, i) > 0).map((m) => m.text);
    throw new Error(`The map has no room for the labels of ${stuck.join(', ')}: widen its bounds or split the map`);
  }

  // Finally let each label take the cheapest place still free, until none can move.
  const layout = best;
  for (let pass = 0, moved = true; moved && pass < 20; pass++) {
    moved = false;
    for (const [i, options] of candidates.entries()) {
      const better = options.find((label) => layout.every((c, j) => j === i || compatible(label, c)));
      if (better && better.cost < (layout[i] as Label).cost) {
        layout[i] = better;
        moved = true;
      }
    }
  }
  return { labels: layout, fontSize: o.fontPx * o.unitsPerPx, markRadius: o.markPx * o.unitsPerPx };
}
