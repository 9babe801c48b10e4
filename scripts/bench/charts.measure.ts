// Chart PNGs of the 2025 monitor drawn the way the site drew them before (satori to SVG, sharp to
// PNG; the code of src/lib/charts/toPng.ts before takumi) and the way it draws them now (takumi),
// with the derived-file cache off. Run by scripts/bench.mjs through vitest, which resolves the
// site modules the way Astro does: vitest run --config scripts/bench/charts.config.ts
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';
import satori from 'satori';
import sharp from 'sharp';
import { it } from 'vitest';
import { background, palette, type Scene } from '../../src/lib/charts/scene';
import { toOgPng, toPng } from '../../src/lib/charts/toPng';
import { figures } from '../../src/lib/monitor/figures';
import { standaloneScene } from '../../src/lib/monitor/files';
import { monitor } from '../../src/schemas/monitor';

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/source-sans-3/files/${file}`));
const fonts = [
  { name: 'Sans', data: font('source-sans-3-latin-400-normal.woff'), weight: 400, style: 'normal' },
  { name: 'Sans', data: font('source-sans-3-latin-600-normal.woff'), weight: 600, style: 'normal' },
] as never;
const div = (style: Record<string, unknown>, children?: string) => ({
  type: 'div',
  props: { style: { display: 'flex', position: 'absolute', ...style }, children },
});
function nodes(scene: Scene) {
  return scene.marks.map((m) => {
    const color = palette[m.cls as keyof typeof palette];
    if (m.t === 'rect') return div({ left: m.x, top: m.y, width: m.w, height: m.h, background: color });
    if (m.t === 'line') {
      const border = `2px ${m.dash ? 'dashed' : 'solid'} ${color}`;
      return m.x1 === m.x2
        ? div({ left: m.x1 - 1, top: Math.min(m.y1, m.y2), height: Math.abs(m.y2 - m.y1), width: 0, borderLeft: border })
        : div({ left: Math.min(m.x1, m.x2), top: m.y1 - 1, width: Math.abs(m.x2 - m.x1), height: 0, borderTop: border });
    }
    const pos = m.anchor === 'end' ? { right: scene.width - m.x } : { left: m.x };
    return div(
      { ...pos, top: m.y - m.size * 0.95, fontFamily: 'Sans', fontSize: m.size, fontWeight: m.weight ?? 400, color, lineHeight: 1.2, whiteSpace: 'nowrap' },
      m.text,
    );
  });
}
const svg = (scene: Scene) =>
  satori(
    {
      type: 'div',
      props: { style: { display: 'flex', position: 'relative', width: scene.width, height: scene.height, background }, children: nodes(scene) },
    } as never,
    { width: scene.width, height: scene.height, fonts },
  );
async function oldPng(scene: Scene) {
  return sharp(Buffer.from(await svg(scene)), { density: 144 })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
async function oldOg(scene: Scene) {
  const chart = await sharp(Buffer.from(await svg(scene)), { density: 144 })
    .resize({ width: 1152, height: 582, fit: 'inside' })
    .png()
    .toBuffer();
  const { width = 0, height = 0 } = await sharp(chart).metadata();
  return sharp({ create: { width: 1200, height: 630, channels: 3, background } })
    .composite([{ input: chart, left: Math.round((1200 - width) / 2), top: Math.round((630 - height) / 2) }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

it('chart PNGs: satori + sharp (before) against takumi (now)', async () => {
  const m = monitor.parse(yaml.load(readFileSync('content/monitor/2025.yaml', 'utf8')));
  const scenes = figures(m).map((f) => standaloneScene(m, f));
  const run = async (name: string, png: (s: Scene) => Promise<Buffer>, og: (s: Scene) => Promise<Buffer>) => {
    await png(scenes[0] as Scene);
    await og(scenes[0] as Scene);
    const best = { cpu: Infinity, wall: Infinity, bytes: 0 };
    for (let round = 0; round < 3; round++) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      let bytes = 0;
      for (const s of scenes) bytes += (await png(s)).length + (await og(s)).length;
      const u = process.cpuUsage(cpu);
      best.cpu = Math.min(best.cpu, (u.user + u.system) / 1000);
      best.wall = Math.min(best.wall, performance.now() - t);
      best.bytes = bytes;
    }
    console.log(
      `CHARTS ${name}: ${scenes.length} figures × (2x PNG + OG PNG) = ${2 * scenes.length} PNGs: ${best.cpu.toFixed(0)} ms CPU, ${best.wall.toFixed(0)} ms wall, ${(best.bytes / 1024).toFixed(0)} KB (best of 3)`,
    );
  };
  await run('satori + sharp (before)', oldPng, oldOg);
  await run('takumi (now)', toPng, toOgPng);
}, 300_000);
