import { describe, expect, it } from 'vitest';
import { ringsPath } from '../../src/lib/map/svg';

/** Walks relative path data back to absolute points, as a browser would draw them. */
function points(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const [start = '', steps = ''] = part.replace('z', '').split('l');
      const nums = (s: string) => (s.match(/-?\d*\.?\d+/g) ?? []).map(Number);
      const [x0 = 0, y0 = 0] = nums(start);
      const out: [number, number][] = [[x0, y0]];
      const d2 = nums(steps);
      for (let i = 0; i < d2.length; i += 2) {
        const [px, py] = out[out.length - 1] as [number, number];
        out.push([+(px + (d2[i] ?? 0)).toFixed(6), +(py + (d2[i + 1] ?? 0)).toFixed(6)]);
      }
      return out;
    });
}

describe('map outlines as path data', () => {
  it('draws a coastline through the same points, snapped to the grid, without drifting', () => {
    const ring: [number, number][] = [
      [10.04, 20.06],
      [12.5, 19.94],
      [15.26, 25.01],
      [10.04, 20.06],
    ];
    const d = ringsPath([ring], 1);
    expect(d).toMatch(/^M10 20\.1l.*z$/);
    expect(points(d)[0]).toEqual([
      [10, 20.1],
      [12.5, 19.9],
      [15.3, 25],
    ]);
  });

  it('leaves out islets that snap to less than a triangle', () => {
    const speck: [number, number][] = [
      [1.01, 1.01],
      [1.02, 1.03],
      [1.01, 1.01],
    ];
    expect(ringsPath([speck], 0)).toBe('');
  });
});
