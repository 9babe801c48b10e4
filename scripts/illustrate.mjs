#!/usr/bin/env node
// Draws an original illustration for every article, action and edition that lacks one.
// The picture is built from the entry's themes (colour and motif) and seeded by its
// file name, so the same entry always gets the same image and no two look alike.
// Usage: node scripts/illustrate.mjs [--force] [--content DIR]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { illustrationFolder } from '../src/model/index.ts';
import { derivedFile } from '../src/raster/cache.ts';
import { readContent } from './lib/entries.mjs';

const args = process.argv.slice(2);
const force = args.includes('--force');
const contentDir = args.includes('--content') ? args[args.indexOf('--content') + 1] : 'content';
const outDir = join(contentDir, illustrationFolder);
const W = 1600;
const H = 900;

/** Mulberry32: a tiny seeded generator, so output is stable across runs. */
function rng(seedText) {
  let a = [...seedText].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 1779033703);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(hex, other, amount) {
  const p = (h) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
  const [a, b] = [p(hex), p(other)];
  return `#${a
    .map((v, i) =>
      Math.round(v + (b[i] - v) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const motifs = {
  sun: (x, y, s, c) =>
    `<g fill="${c}"><circle cx="${x}" cy="${y}" r="${s * 0.45}"/>${Array.from({ length: 12 }, (_, i) => {
      const a = (i * Math.PI) / 6;
      return `<rect x="${x - s * 0.04}" y="${y - s * 0.95}" width="${s * 0.08}" height="${s * 0.3}" rx="${s * 0.04}" transform="rotate(${(a * 180) / Math.PI} ${x} ${y})"/>`;
    }).join('')}</g>`,
  leaf: (x, y, s, c) =>
    `<g transform="rotate(${((x * 7) % 90) - 45} ${x} ${y})"><path d="M${x} ${y - s} C ${x + s * 0.8} ${y - s * 0.5}, ${x + s * 0.6} ${y + s * 0.6}, ${x} ${y + s} C ${x - s * 0.6} ${y + s * 0.6}, ${x - s * 0.8} ${y - s * 0.5}, ${x} ${y - s} Z" fill="${c}"/><path d="M${x} ${y - s * 0.8} L ${x} ${y + s}" stroke="#ffffff" stroke-opacity="0.6" stroke-width="${s * 0.05}"/></g>`,
  house: (x, y, s, c) =>
    `<g fill="${c}"><path d="M${x - s * 0.6} ${y} L ${x} ${y - s * 0.6} L ${x + s * 0.6} ${y} Z"/><rect x="${x - s * 0.45}" y="${y}" width="${s * 0.9}" height="${s * 0.7}"/><rect x="${x - s * 0.12}" y="${y + s * 0.3}" width="${s * 0.24}" height="${s * 0.4}" fill="#ffffff" fill-opacity="0.7"/></g>`,
  drop: (x, y, s, c) =>
    `<path d="M${x} ${y - s} C ${x + s * 0.2} ${y - s * 0.5}, ${x + s * 0.7} ${y}, ${x + s * 0.7} ${y + s * 0.35} A ${s * 0.7} ${s * 0.7} 0 0 1 ${x - s * 0.7} ${y + s * 0.35} C ${x - s * 0.7} ${y}, ${x - s * 0.2} ${y - s * 0.5}, ${x} ${y - s} Z" fill="${c}"/>`,
  people: (x, y, s, c) =>
    `<g fill="${c}"><circle cx="${x}" cy="${y - s * 0.55}" r="${s * 0.28}"/><path d="M${x - s * 0.5} ${y + s * 0.6} Q ${x - s * 0.5} ${y - s * 0.15} ${x} ${y - s * 0.15} Q ${x + s * 0.5} ${y - s * 0.15} ${x + s * 0.5} ${y + s * 0.6} Z"/></g>`,
  bridge: (x, y, s, c) =>
    `<g fill="none" stroke="${c}" stroke-width="${s * 0.14}" stroke-linecap="round"><path d="M${x - s} ${y + s * 0.4} Q ${x} ${y - s * 0.8} ${x + s} ${y + s * 0.4}"/><path d="M${x - s * 1.1} ${y + s * 0.4} L ${x + s * 1.1} ${y + s * 0.4}"/></g>`,
  book: (x, y, s, c) =>
    `<g fill="${c}"><path d="M${x} ${y - s * 0.3} L ${x - s * 0.8} ${y - s * 0.55} L ${x - s * 0.8} ${y + s * 0.45} L ${x} ${y + s * 0.7} Z"/><path d="M${x} ${y - s * 0.3} L ${x + s * 0.8} ${y - s * 0.55} L ${x + s * 0.8} ${y + s * 0.45} L ${x} ${y + s * 0.7} Z" fill-opacity="0.75"/></g>`,
};

/** Builds the SVG for one entry from its themes. Exported for the unit test. */
export function illustration(seed, themes) {
  const r = rng(seed);
  const main = themes[0];
  const sky = mix(main.color, '#ffffff', 0.86);
  const hill = mix(main.color, '#ffffff', 0.55);
  const shapes = [];
  for (let i = 0; i < 9; i++) {
    const t = themes[i % themes.length];
    const s = 60 + r() * 110;
    const x = 120 + r() * (W - 240);
    const y = 110 + r() * (H * 0.5);
    const shade = mix(t.color, '#ffffff', r() * 0.45);
    shapes.push(`<g opacity="${(0.55 + r() * 0.45).toFixed(2)}">${motifs[t.motif](x, y, s, shade)}</g>`);
  }
  // A row of houses on a hill: every Buurkracht story is about a neighbourhood.
  const houses = [];
  for (let x = 40 + r() * 60; x < W; x += 120 + r() * 90) {
    const s = 70 + r() * 50;
    houses.push(motifs.house(x, H - 150 - r() * 40, s, mix(main.color, '#1f2937', 0.25 + r() * 0.35)));
  }
  const hillPath = `M0 ${H - 170} C ${W * 0.3} ${H - 230 - r() * 60}, ${W * 0.6} ${H - 120}, ${W} ${H - 200} L ${W} ${H} L 0 ${H} Z`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="${sky}"/>${shapes.join('')}<path d="${hillPath}" fill="${hill}"/>${houses.join('')}<rect y="${H - 60}" width="${W}" height="60" fill="${mix(main.color, '#1f2937', 0.45)}"/></svg>`;
}

async function main() {
  const content = readContent(contentDir);
  const themes = Object.fromEntries(content.themes.map((t) => [t.id, t.data ?? {}]));
  const fallback = Object.values(themes);
  mkdirSync(outDir, { recursive: true });
  const jobs = [];
  for (const entry of [...content.articles, ...content.actions, ...content.editions]) {
    const name = entry.collection === 'editions' ? `editie-${entry.id}` : entry.id;
    const out = join(outDir, `${name}.png`);
    if (existsSync(out) && !force) continue;
    const picked = (entry.data?.themes ?? []).map((t) => themes[t]).filter(Boolean);
    jobs.push({ out, svg: illustration(name, picked.length ? picked : fallback) });
  }
  // Redrawing (--force) copies every picture whose drawing and encoder are unchanged from the cache.
  const png = { palette: true, quality: 90, compressionLevel: 9 };
  const cache = join('node_modules', '.astro', 'illustrations');
  let copied = 0;
  for (const { out, svg } of jobs) {
    const draw = () => sharp(Buffer.from(svg)).png(png).toBuffer();
    const { bytes, cached } = await derivedFile(['illustration', svg, png, sharp.versions], draw, cache);
    writeFileSync(out, bytes);
    if (cached) copied++;
    console.log(`${cached ? 'copied' : 'drew'} ${out}`);
  }
  console.log(`${jobs.length - copied} illustration(s) drawn, ${copied} copied unchanged from the cache`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
