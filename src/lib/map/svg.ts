/** Numbers and boxes written into SVG attributes: one decimal is a tenth of a unit, far below a pixel. */
export const n = (v: number) => v.toFixed(1);

/** A box as x, y, width, height attributes, rounded outwards so a 44 px target never loses a fraction to rounding. */
export function boxAttributes(b: { x: number; y: number; w: number; h: number }) {
  const x = Math.floor(b.x * 10) / 10;
  const y = Math.floor(b.y * 10) / 10;
  return { x: n(x), y: n(y), width: n(Math.ceil((b.x + b.w - x) * 10) / 10), height: n(Math.ceil((b.y + b.h - y) * 10) / 10) };
}

/**
 * Closed rings as compact SVG path data: points snapped to a grid of 10^-decimals units, then written
 * as relative steps ("M12 30l3-1 2 4z"). Short deltas gzip far better than absolute coordinates, and
 * snapping first means the steps add up exactly, so an outline never drifts.
 */
export function ringsPath(rings: [number, number][][], decimals: number): string {
  const grid = 10 ** decimals;
  const num = (v: number) => String(v / grid).replace(/^(-?)0\./, '$1.');
  // A minus sign separates numbers on its own; everything else needs a space.
  const join = (values: number[]) => values.map((v, i) => (i > 0 && v >= 0 ? ' ' : '') + num(v)).join('');
  return rings
    .map((ring) => {
      const points = ring.map(([x, y]) => [Math.round(x * grid), Math.round(y * grid)] as const);
      const steps: number[] = [];
      let [px, py] = points[0] ?? [0, 0];
      for (const [x, y] of points.slice(1)) {
        if (x !== px || y !== py) steps.push(x - px, y - py);
        [px, py] = [x, y];
      }
      // "z" draws the last side back to the start: a final step onto the first point is not needed.
      const [fx, fy] = points[0] ?? [0, 0];
      if (px === fx && py === fy) steps.splice(-2);
      return steps.length < 4 ? '' : `M${join([fx, fy])}l${join(steps)}z`;
    })
    .join('');
}
