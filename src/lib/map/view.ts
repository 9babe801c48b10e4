import { COUNTRY, hasOutlineIn, MAP_HEIGHT, MAP_WIDTH, UNITS_PER_KM } from './geometry';
import { type Box, type LabelLayout, layoutLabels, type MarkInput } from './labels';

/**
 * What part of the map a page shows and where its labels go. Sizes are chosen for the narrowest
 * width a map is drawn at; the map then only grows, and CSS shrinks the labels back as it does.
 */

/** Every map is drawn at least this many CSS pixels wide: a 360 px phone less the page's side margins. */
export const NARROWEST_PX = 320;
/**
 * When a country map has more places than fit at that width (a dozen in the Randstad is about the
 * limit), its labels are laid out for a wider drawing: they still never overlap, but their tap
 * targets reach 44 px only from this width up (and at 320 px stay above WCAG's 24 px minimum).
 */
const FALLBACK_PX = [360, 400, 480, 560];

export interface MapView {
  viewBox: Box;
  /** The narrowest drawing (CSS px) at which every tap target is 44 px. */
  narrowestPx: number;
  labels: LabelLayout;
  /** An excerpt shows where it lies on a small map of the whole country, in this corner. */
  inset?: { box: Box; frame: Box };
  scaleBar?: { x: number; y: number; length: number; km: number };
}

/** The whole country, with a little room on both sides for labels of places near the coast or the border. */
export function countryView(marks: MarkInput[]): MapView {
  const viewBox = { ...COUNTRY, x: COUNTRY.x - 15, w: COUNTRY.w + 45 };
  let error: unknown;
  for (const narrowestPx of [NARROWEST_PX, ...FALLBACK_PX]) {
    try {
      return { viewBox, narrowestPx, labels: layoutLabels(marks, { bounds: viewBox, unitsPerPx: viewBox.w / narrowestPx }) };
    } catch (e) {
      error = e;
    }
  }
  throw error;
}

/** Smallest excerpt, in kilometres across: enough land around a single village to know where it is. */
const EXCERPT_KM = 60;
/**
 * Inland, 60 km of plain land says little: an excerpt grows by these factors until a coastline or a
 * border shows well inside it (Drenthe reaches Germany); where none does, growing gains nothing and it keeps 60 km.
 */
const GROWTH = [1, 1.35, 1.7];

/**
 * The area around a few marks (a municipality's places), with a small country map for orientation.
 * `nearby` marks (other municipalities' places) join when they fall well inside the window and
 * their labels fit; `nearbyIds` in the result says which did.
 */
export function excerptView(own: MarkInput[], nearby: MarkInput[] = []): MapView & { nearbyIds: string[] } {
  if (own.length === 0) throw new Error('An excerpt needs at least one mark');
  const window = excerptWindow(own);
  const margin = window.w * 0.12;
  const inside = nearby.filter(
    (m) => m.x > window.x + margin && m.x < window.x + window.w - margin && m.y > window.y + margin && m.y < window.y + window.h - margin,
  );
  if (inside.length > 0) {
    try {
      return { ...excerptLayout([...own, ...inside], window), nearbyIds: inside.map((m) => m.id) };
    } catch {
      // no room for the neighbours: the municipality's own places come first
    }
  }
  return { ...excerptLayout(own, window), nearbyIds: [] };
}

function excerptWindow(marks: MarkInput[]): Box {
  const xs = marks.map((m) => m.x);
  const ys = marks.map((m) => m.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const around = (grow: number): Box => {
    const w = Math.max(EXCERPT_KM * UNITS_PER_KM * grow, (maxX - minX) * 1.8);
    const h = Math.max(w * 0.75, (maxY - minY) * 1.8);
    return { x: (minX + maxX) / 2 - w / 2, y: (minY + maxY) / 2 - h / 2, w, h };
  };
  // "Well inside": clear of the outer tenth, where the inset and the scale bar sit.
  const inner = (b: Box): Box => ({ x: b.x + b.w * 0.1, y: b.y + b.h * 0.1, w: b.w * 0.8, h: b.h * 0.8 });
  const grown = GROWTH.map(around);
  return grown.find((b) => hasOutlineIn(inner(b))) ?? (grown[0] as Box);
}

function excerptLayout(marks: MarkInput[], viewBox: Box): MapView {
  const { w, h } = viewBox;
  const unitsPerPx = w / NARROWEST_PX;
  const pad = 8 * unitsPerPx;

  const insetW = 64 * unitsPerPx;
  const insetH = (insetW * MAP_HEIGHT) / MAP_WIDTH;
  const km = w > 60 * UNITS_PER_KM ? 20 : 10;
  const barLength = km * UNITS_PER_KM;
  const barH = 20 * unitsPerPx;
  const corners = [
    [viewBox.x + pad, viewBox.y + pad],
    [viewBox.x + w - pad, viewBox.y + pad],
    [viewBox.x + pad, viewBox.y + h - pad],
    [viewBox.x + w - pad, viewBox.y + h - pad],
  ] as const;
  // The inset goes in the corner where the labels fare best; the scale bar in a bottom corner left free.
  let best: MapView | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const [index, [cx, cy]] of corners.entries()) {
    const right = index % 2 === 1;
    const bottom = index >= 2;
    const insetBox = { x: right ? cx - insetW : cx, y: bottom ? cy - insetH : cy, w: insetW, h: insetH };
    const barRight = bottom && !right;
    const bar = { x: barRight ? viewBox.x + w - pad - barLength : viewBox.x + pad, y: viewBox.y + h - pad - barH, length: barLength, km };
    const barBox = { x: bar.x, y: bar.y, w: barLength, h: barH };
    try {
      const labels = layoutLabels(marks, { bounds: viewBox, unitsPerPx, obstacles: [insetBox, barBox] });
      if (marks.some((m) => inBox(m, insetBox) || inBox(m, barBox))) continue;
      const cost = labels.labels.reduce((sum, l) => sum + l.cost, 0);
      if (cost < bestCost) {
        bestCost = cost;
        const s = insetW / MAP_WIDTH;
        best = {
          viewBox,
          narrowestPx: NARROWEST_PX,
          labels,
          inset: { box: insetBox, frame: { x: insetBox.x + viewBox.x * s, y: insetBox.y + viewBox.y * s, w: w * s, h: h * s } },
          scaleBar: bar,
        };
      }
    } catch {
      // no room with the inset in this corner: try the next
    }
  }
  // Without the inset when no corner is free: the labels matter more.
  return best ?? { viewBox, narrowestPx: NARROWEST_PX, labels: layoutLabels(marks, { bounds: viewBox, unitsPerPx }) };
}

const inBox = (m: { x: number; y: number }, b: Box) => m.x >= b.x && m.x <= b.x + b.w && m.y >= b.y && m.y <= b.y + b.h;
