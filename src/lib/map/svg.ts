/** Numbers and boxes written into SVG attributes: one decimal is a tenth of a unit, far below a pixel. */
export const n = (v: number) => v.toFixed(1);

/** A box as x, y, width, height attributes, rounded outwards so a 44 px target never loses a fraction to rounding. */
export function boxAttributes(b: { x: number; y: number; w: number; h: number }) {
  const x = Math.floor(b.x * 10) / 10;
  const y = Math.floor(b.y * 10) / 10;
  return { x: n(x), y: n(y), width: n(Math.ceil((b.x + b.w - x) * 10) / 10), height: n(Math.ceil((b.y + b.h - y) * 10) / 10) };
}
