import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Reads `--color-x: light-dark(#light, #dark)` pairs from the token file. */
function tokens(): Record<string, { light: string; dark: string }> {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const out: Record<string, { light: string; dark: string }> = {};
  for (const m of css.matchAll(/--color-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    out[m[1] as string] = { light: m[2] as string, dark: m[3] as string };
  }
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const t = tokens();
const backgrounds = ['bg', 'bg-raised', 'bg-sunken'];
// Text-sized foregrounds need 4.5:1 (WCAG 1.4.3); borders and focus rings 3:1 (1.4.11).
const text = ['text', 'text-muted', 'text-accent', 'link', 'link-hover'];
const ui = ['border', 'focus', 'accent'];
// Chart marks are graphics (3:1); the reference line carries a text label (4.5:1). Pale steps of the
// sequence rely on an outline in seq-1, and each step must stay distinguishable from the next.
const chartMarks = ['chart-a', 'chart-b', 'chart-seq-1'];
const chartText = ['chart-reference'];
const sequence = ['chart-seq-1', 'chart-seq-2', 'chart-seq-3', 'chart-seq-4'];

describe('colour tokens meet WCAG 2.2 AA in light and dark mode', () => {
  it('defines every token for both schemes', () => {
    for (const name of [...backgrounds, ...text, ...ui, 'accent-contrast', ...chartMarks, ...chartText, ...sequence]) expect(t[name], name).toBeDefined();
  });

  for (const mode of ['light', 'dark'] as const) {
    for (const bg of backgrounds) {
      for (const fg of text) {
        it(`${mode}: ${fg} on ${bg} reaches 4.5:1`, () => {
          expect(contrast(t[fg]?.[mode] ?? '', t[bg]?.[mode] ?? '')).toBeGreaterThanOrEqual(4.5);
        });
      }
      for (const fg of chartText) {
        it(`${mode}: ${fg} on ${bg} reaches 4.5:1`, () => {
          expect(contrast(t[fg]?.[mode] ?? '', t[bg]?.[mode] ?? '')).toBeGreaterThanOrEqual(4.5);
        });
      }
      for (const fg of [...ui, ...chartMarks]) {
        it(`${mode}: ${fg} on ${bg} reaches 3:1`, () => {
          expect(contrast(t[fg]?.[mode] ?? '', t[bg]?.[mode] ?? '')).toBeGreaterThanOrEqual(3);
        });
      }
    }
    it(`${mode}: each step of the chart sequence differs from the next by 1.3:1, so years read in order`, () => {
      for (let i = 1; i < sequence.length; i++) {
        expect(contrast(t[sequence[i - 1] as string]?.[mode] ?? '', t[sequence[i] as string]?.[mode] ?? ''), sequence[i]).toBeGreaterThanOrEqual(1.3);
      }
    });
    it(`${mode}: the two chart series differ from each other in hue or lightness`, () => {
      expect(t['chart-a']?.[mode]).not.toBe(t['chart-b']?.[mode]);
    });
    it(`${mode}: button text on the accent colour reaches 4.5:1`, () => {
      expect(contrast(t['accent-contrast']?.[mode] ?? '', t.accent?.[mode] ?? '')).toBeGreaterThanOrEqual(4.5);
    });
    it(`${mode}: the search button (background on text-accent) reaches 4.5:1`, () => {
      expect(contrast(t.bg?.[mode] ?? '', t['text-accent']?.[mode] ?? '')).toBeGreaterThanOrEqual(4.5);
    });
  }
});
