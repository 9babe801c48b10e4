/**
 * Chart colours come from the design tokens (src/styles/tokens.css), the same values the pages use
 * through CSS, so the contrast test in tests/unit/tokens.test.ts covers every output. Standalone files
 * (SVG, PNG, Open Graph) cannot follow a colour scheme: they use the light values, on white.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MarkClass } from './scene';

/** Reads `--color-<name>: light-dark(#light, #dark)` from the token file. */
export function readTokens(css: string): Record<string, { light: string; dark: string }> {
  const out: Record<string, { light: string; dark: string }> = {};
  for (const m of css.matchAll(/--color-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    out[m[1] as string] = { light: m[2] as string, dark: m[3] as string };
  }
  return out;
}

// Read at build time from the project root (Astro, Vitest and the scripts all run there).
const tokens = readTokens(readFileSync(resolve('src/styles/tokens.css'), 'utf8'));
const light = (name: string): string => {
  const t = tokens[name];
  if (!t) throw new Error(`src/styles/tokens.css defines no --color-${name}`);
  return t.light;
};

/** The design token behind each mark class; pages style `.cls` with `var(--color-<token>)`. */
export const markTokens: Record<MarkClass, string> = {
  'series-a': 'chart-a',
  'series-b': 'chart-b',
  'seq-1': 'chart-seq-1',
  'seq-2': 'chart-seq-2',
  'seq-3': 'chart-seq-3',
  'seq-4': 'chart-seq-4',
  reference: 'chart-reference',
  text: 'text',
  muted: 'text-muted',
  heading: 'text',
  axis: 'border',
};

/** Bars of a sequence are outlined in its strongest step, so pale steps keep a visible edge. */
export const outlined = new Set<MarkClass>(['seq-1', 'seq-2', 'seq-3', 'seq-4']);
export const outlineToken = 'chart-seq-1';

/** Light-theme colours for standalone files. */
export const palette = Object.fromEntries(Object.entries(markTokens).map(([cls, token]) => [cls, light(token)])) as Record<MarkClass, string>;
export const outlineColour = light(outlineToken);
/** Standalone charts sit on white, like an embed on a municipality's page. */
export const background = light('bg-raised');
