/**
 * The one rasteriser for drawn images (Open Graph cards, chart PNGs): takumi, a Rust renderer
 * that lays out a tree of boxes with CSS flexbox and draws text with the site's own font files,
 * so a PNG looks the same on every machine whatever fonts it has installed. It measured 8x less
 * CPU per card than satori + sharp here (docs/performance.md, "Open Graph renderers").
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Node, Renderer } from '@takumi-rs/core';
import { derivedFile, derivedFileAt } from './cache.ts';

export type { Node };

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${file}`));

/** Family names the node trees use, mapped to the site's typefaces. */
const fonts = [
  { name: 'Serif', weight: 700, file: ['source-serif-4', 'source-serif-4-latin-700-normal.woff2'] },
  { name: 'Sans', weight: 400, file: ['source-sans-3', 'source-sans-3-latin-400-normal.woff2'] },
  { name: 'Sans', weight: 600, file: ['source-sans-3', 'source-sans-3-latin-600-normal.woff2'] },
] as const;

let loaded: { renderer: Promise<Renderer>; fingerprint: string } | undefined;
function load() {
  if (loaded) return loaded;
  const data = fonts.map((f) => ({ name: f.name, weight: f.weight, style: 'normal' as const, data: fontFile(f.file[0], f.file[1]) }));
  // The package's exports hide package.json; its main file sits in dist/.
  const { version } = JSON.parse(readFileSync(join(dirname(require.resolve('@takumi-rs/core')), '..', 'package.json'), 'utf8'));
  const hash = createHash('sha256').update(`@takumi-rs/core@${version}`);
  for (const f of data) hash.update(f.data);
  const renderer = (async () => {
    const r = new Renderer();
    for (const f of data) await r.registerFont(f);
    return r;
  })();
  loaded = { renderer, fingerprint: hash.digest('hex') };
  return loaded;
}

/** The renderer's version and the font bytes: part of every cache key. */
export const rendererFingerprint = () => load().fingerprint;

export interface Size {
  width: number;
  height: number;
  /** 2 draws a 2x PNG of a layout in CSS pixels. */
  devicePixelRatio?: number;
}

/** takumi's options and the cache key of one PNG drawing. */
function pngJob(node: Node, size: Size) {
  const { renderer, fingerprint } = load();
  // takumi's width and height are the PNG's pixels; the layout is in CSS pixels.
  const dpr = size.devicePixelRatio ?? 1;
  const options = { width: size.width * dpr, height: size.height * dpr, devicePixelRatio: dpr, format: 'png' as const };
  return { key: ['png', fingerprint, options, node], draw: async () => (await renderer).render(node, options) };
}

/** Draws `node` as a PNG, or takes it from the derived-file cache when this exact drawing was made before. */
export async function drawPng(node: Node, size: Size): Promise<{ png: Buffer; cached: boolean }> {
  const { key, draw } = pngJob(node, size);
  const { bytes, cached } = await derivedFile(key, draw);
  return { png: bytes, cached };
}

/** The same PNG written to the file `target` (a link to the cached copy when there is a cache). */
export async function drawPngAt(node: Node, size: Size, target: string): Promise<{ cached: boolean }> {
  const { key, draw } = pngJob(node, size);
  return derivedFileAt(key, draw, target);
}

/** The same drawing as an SVG with the text as outlines (no fonts needed to display it). */
export async function drawSvg(node: Node, size: Size): Promise<string> {
  return (await load().renderer).renderSvg(node, { width: size.width, height: size.height });
}
