#!/usr/bin/env node
// Draws the made-up pictures of the visual test content (tests/fixtures/visual/content/): flat
// "illustrations" and two stand-in "photos", from SVG through sharp. Run once; the files are committed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const root = 'tests/fixtures/visual/content';
const flat = (bg, shapes) => `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="${bg}"/>${shapes}</svg>`;

const illustrations = {
  omslag: flat(
    '#f3e8d6',
    '<rect x="0" y="560" width="1600" height="340" fill="#0f5132"/><rect x="900" y="120" width="520" height="520" fill="#c2410c"/><text x="160" y="460" font-size="300" font-family="serif" font-weight="700" fill="#1c1b19">2099</text>',
  ),
  gesprek: flat(
    '#dbe7f7',
    '<rect x="200" y="300" width="500" height="420" fill="#1d4ed8"/><rect x="820" y="360" width="560" height="360" fill="#3b82f6"/><circle cx="1250" cy="220" r="110" fill="#facc15"/>',
  ),
  dorpshuis: flat(
    '#fde7d2',
    '<circle cx="1250" cy="220" r="140" fill="#f59e0b"/><path d="M300 700 800 320 1300 700Z" fill="#7c2d12"/><rect x="0" y="700" width="1600" height="200" fill="#92400e"/>',
  ),
  warmte: flat(
    '#fee2e2',
    '<rect x="150" y="200" width="400" height="500" fill="#dc2626"/><rect x="650" y="260" width="400" height="440" fill="#f97316"/><rect x="1150" y="320" width="300" height="380" fill="#fbbf24"/>',
  ),
  cursus: flat(
    '#e7f3ef',
    '<rect x="550" y="240" width="500" height="420" fill="#0f766e"/><rect x="200" y="420" width="260" height="240" fill="#94a3b8"/><rect x="1140" y="420" width="260" height="240" fill="#94a3b8"/>',
  ),
  tuin: flat(
    '#ecfccb',
    '<ellipse cx="500" cy="450" rx="260" ry="120" fill="#15803d" transform="rotate(-30 500 450)"/><ellipse cx="1100" cy="420" rx="220" ry="100" fill="#22c55e" transform="rotate(25 1100 420)"/>',
  ),
  lampjes: flat(
    '#fef9c3',
    '<circle cx="400" cy="450" r="160" fill="#eab308"/><circle cx="800" cy="450" r="160" fill="#facc15"/><circle cx="1200" cy="450" r="160" fill="#fde047"/>',
  ),
};

// Stand-in photographs: soft gradients and shapes, saved as JPEG like a real photo would be.
const photo = (sky, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1067"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/></linearGradient><radialGradient id="l" cx="0.7" cy="0.2" r="0.8"><stop offset="0" stop-color="#ffffff" stop-opacity="0.5"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient></defs><rect width="1600" height="1067" fill="url(#s)"/>${body}<rect width="1600" height="1067" fill="url(#l)"/></svg>`;
const photos = {
  dorpshuis: photo(
    ['#7fb3e6', '#e8f1f8'],
    '<rect x="0" y="760" width="1600" height="307" fill="#6b8f4e"/><rect x="380" y="520" width="840" height="300" fill="#b9a58a"/><path d="M330 540 800 260 1270 540Z" fill="#3f4a5a"/><g fill="#1e3a8a" stroke="#93c5fd" stroke-width="4"><rect x="620" y="360" width="120" height="70"/><rect x="750" y="360" width="120" height="70"/><rect x="880" y="400" width="120" height="70"/><rect x="560" y="420" width="120" height="70"/></g><rect x="720" y="640" width="160" height="180" fill="#5b3a29"/>',
  ),
  'dorpshuis-binnen': photo(
    ['#d6cbb8', '#f4efe6'],
    '<rect x="0" y="700" width="1600" height="367" fill="#8a6d4f"/><rect x="1000" y="140" width="480" height="420" fill="#e0f2fe"/><g fill="#6b4f36"><rect x="160" y="640" width="700" height="40"/><rect x="160" y="780" width="700" height="40"/></g><g fill="#374151"><rect x="200" y="560" width="60" height="120"/><rect x="360" y="560" width="60" height="120"/><rect x="520" y="560" width="60" height="120"/><rect x="680" y="560" width="60" height="120"/></g>',
  ),
};

mkdirSync(join(root, 'illustrations'), { recursive: true });
mkdirSync(join(root, 'photos'), { recursive: true });
for (const [name, svg] of Object.entries(illustrations)) {
  await sharp(Buffer.from(svg))
    .png({ compressionLevel: 9, palette: true })
    .toFile(join(root, 'illustrations', `${name}.png`));
}
for (const [name, svg] of Object.entries(photos)) {
  await sharp(Buffer.from(svg))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(join(root, 'photos', `${name}.jpg`));
}
console.log('drew', Object.keys(illustrations).length, 'illustrations and', Object.keys(photos).length, 'photos');
