// Open Graph renderers side by side: the same cards (the scale run's synthetic articles) drawn
// by each candidate, with CPU time per card (user + system of this process, so native threads
// count), wall time, PNG size and how far each drawing is from the one the site ships.
// The site draws with takumi (src/raster/render.ts); satori + sharp is what it used before.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { articleKinds } from '../../src/model/vocabulary.ts';
import { cardNode, cardPng, cardSize } from '../../src/og/card.ts';
import { sourcesOf, syntheticFrontmatter } from './generate.mjs';
import { fmt, table } from './table.mjs';

const require = createRequire(import.meta.url);
// Read from node_modules directly: some packages' exports hide package.json.
const version = (pkg) => JSON.parse(readFileSync(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;
const font = (pkg, file) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${file}`));

// satori reads WOFF, not WOFF2: the same typefaces and weights in the older container.
const satoriFonts = [
  { name: 'Serif', data: font('source-serif-4', 'source-serif-4-latin-700-normal.woff'), weight: 700, style: 'normal' },
  { name: 'Sans', data: font('source-sans-3', 'source-sans-3-latin-400-normal.woff'), weight: 400, style: 'normal' },
  { name: 'Sans', data: font('source-sans-3', 'source-sans-3-latin-600-normal.woff'), weight: 600, style: 'normal' },
];

/** The site's card tree in satori's React-element shape: same boxes, same styles. */
function toSatori(node) {
  if (node.type === 'text') return { type: 'div', props: { style: { display: 'flex', ...node.style }, children: node.text } };
  return { type: 'div', props: { style: { display: 'flex', ...node.style }, children: (node.children ?? []).map(toSatori) } };
}
const satoriSvg = (card) => satori(toSatori(cardNode(card)), { ...cardSize, fonts: satoriFonts });

const renderers = [
  {
    name: 'satori + sharp (before)',
    versions: () => `satori ${version('satori')}, sharp ${version('sharp')}`,
    draw: async (card) =>
      sharp(Buffer.from(await satoriSvg(card)))
        .png({ compressionLevel: 6, palette: true, effort: 1 })
        .toBuffer(),
  },
  {
    name: 'satori + @resvg/resvg-js',
    versions: () => `satori ${version('satori')}, resvg-js ${version('@resvg/resvg-js')}`,
    draw: async (card) => new Resvg(await satoriSvg(card)).render().asPng(),
  },
  {
    // What the site ships; the cache is off here (no BUURKRACHT_DERIVED_CACHE), so every card is drawn.
    name: '@takumi-rs/core (site)',
    versions: () => `takumi ${version('@takumi-rs/core')}`,
    draw: async (card) => (await cardPng(card)).png,
  },
];

async function runAll(draw, cards) {
  const queue = cards.map((card, i) => [i, card]);
  const out = new Array(cards.length);
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) out[job[0]] = await draw(job[1]);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return out;
}

async function pixels(png) {
  return sharp(png).removeAlpha().raw().toBuffer();
}

/** Mean difference per channel (0-255) and the share of pixels that differ visibly (> 64 in a channel). */
async function difference(a, b) {
  const [pa, pb] = await Promise.all([pixels(a), pixels(b)]);
  let sum = 0;
  let visible = 0;
  for (let i = 0; i < pa.length; i += 3) {
    const d = Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2]));
    sum += d;
    if (d > 64) visible++;
  }
  return { mean: sum / (pa.length / 3), visible: visible / (pa.length / 3) };
}

export async function cards(count = 1000) {
  console.log(`\n## Open Graph renderers: the same ${fmt(count)} cards each`);
  const sources = sourcesOf();
  const eyebrows = Object.values(articleKinds);
  const list = Array.from({ length: count }, (_, n) => ({
    title: syntheticFrontmatter(n + 1, sources).title,
    eyebrow: eyebrows[n % eyebrows.length],
    siteName: 'Buurkracht Magazine',
  }));
  const results = [];
  for (const { name, versions, draw } of renderers) {
    await draw(list[0]); // load fonts and native code outside the measurement
    const cpu = process.cpuUsage();
    const started = performance.now();
    const pngs = await runAll(draw, list);
    const used = process.cpuUsage(cpu);
    results.push({ name, versions: versions(), pngs, cpuMs: (used.user + used.system) / 1000 / count, wallMs: (performance.now() - started) / count });
  }
  const [before] = results;
  // A sample compared with the drawing the site made before: with the same layout and fonts, renderers
  // differ only in how they anti-alias glyph edges. The sample is written out to look at.
  const sample = Array.from({ length: Math.min(20, count) }, (_, i) => Math.floor((i * count) / Math.min(20, count)));
  const folder = resolve('.bench', 'cards');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const rows = [['renderer', 'version', 'CPU per card', 'wall per card', 'PNG size (mean)', 'vs before: mean Δ', 'vs before: pixels Δ>64']];
  for (const [n, r] of results.entries()) {
    for (const i of sample.slice(0, 3)) writeFileSync(join(folder, `card-${i + 1}-renderer-${n + 1}.png`), r.pngs[i]);
    const diffs = await Promise.all(sample.map((i) => difference(r.pngs[i], before.pngs[i])));
    rows.push([
      r.name,
      r.versions,
      `${fmt(r.cpuMs, 1)} ms`,
      `${fmt(r.wallMs, 1)} ms`,
      `${fmt(r.pngs.reduce((s, p) => s + p.length, 0) / count / 1024, 1)} KB`,
      fmt(diffs.reduce((s, d) => s + d.mean, 0) / diffs.length, 2),
      `${fmt((100 * diffs.reduce((s, d) => s + d.visible, 0)) / diffs.length, 2)} %`,
    ]);
  }
  table(rows);
  console.log(`${availableParallelism()} cards drawn at a time; CPU is user + system of this process, native threads included.`);
  console.log(`Sample drawings (renderer 1-${results.length} in the order above) are in ${folder}.`);
  return results.map(({ name, cpuMs, wallMs }) => ({ name, cpuMs, wallMs }));
}
