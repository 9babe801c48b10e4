/** Plane geometry for map outlines: simplifying rings and cutting them to a window. */

export type Point = [number, number];
/** Every index this module reads is in range; this says so where noUncheckedIndexedAccess cannot see it. */
const at = (points: Point[], i: number) => points[i] as Point;

/** Douglas-Peucker: drops points that lie within `tolerance` of the line through their neighbours. */
export function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const [ax, ay] = at(points, first);
    const [bx, by] = at(points, last);
    const length = Math.hypot(bx - ax, by - ay);
    let worst = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = at(points, i);
      // A closed ring starts and ends on the same point: there the distance to that point counts.
      const distance = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (distance > worst) {
        worst = distance;
        index = i;
      }
    }
    if (worst > tolerance && index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Sutherland-Hodgman: the part of a closed ring inside an axis-aligned window. A concave ring may
 * keep edges that run along the window's border; callers clip to a window slightly larger than
 * what is drawn, so those edges stay out of sight.
 */
export function clipRing(ring: Point[], window: { x: number; y: number; w: number; h: number }): Point[] {
  const { x, y, w, h } = window;
  if (ring.every(([px, py]) => px >= x && px <= x + w && py >= y && py <= y + h)) return ring;
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [([px]) => px >= x, (a, b) => crossX(a, b, x)],
    [([px]) => px <= x + w, (a, b) => crossX(a, b, x + w)],
    [([, py]) => py >= y, (a, b) => crossY(a, b, y)],
    [([, py]) => py <= y + h, (a, b) => crossY(a, b, y + h)],
  ];
  let out = ring;
  for (const [isInside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const current = at(input, i);
      const previous = at(input, (i + input.length - 1) % input.length);
      if (isInside(current)) {
        if (!isInside(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (isInside(previous)) {
        out.push(cross(previous, current));
      }
    }
    if (out.length === 0) return [];
  }
  // Close the ring again, as the input was.
  const first = at(out, 0);
  const last = at(out, out.length - 1);
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  return out;
}

function crossX([ax, ay]: Point, [bx, by]: Point, x: number): Point {
  return [x, ay + ((by - ay) * (x - ax)) / (bx - ax)];
}

function crossY([ax, ay]: Point, [bx, by]: Point, y: number): Point {
  return [ax + ((bx - ax) * (y - ay)) / (by - ay), y];
}
