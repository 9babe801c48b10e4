/**
 * PNG output of a scene. satori turns every text into outlines, so the PNG is the
 * same on a machine without any fonts installed; sharp rasterises the result.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { outlineColour, outlined } from './palette';
import { background, palette, type Scene } from './scene';

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/source-sans-3/files/${file}`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
const loadFonts = () =>
  (fonts ??= [
    { name: 'Sans', data: font('source-sans-3-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Sans', data: font('source-sans-3-latin-600-normal.woff'), weight: 600, style: 'normal' },
  ]);

type Node = { type: string; props: Record<string, unknown> };
const div = (style: Record<string, unknown>, children?: string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', position: 'absolute', ...style }, children },
});

/** The scene as satori nodes: every mark an absolutely placed box. */
function nodes(scene: Scene): Node[] {
  return scene.marks.map((m) => {
    const color = palette[m.cls];
    if (m.t === 'rect')
      return div({
        left: m.x,
        top: m.y,
        width: m.w,
        height: m.h,
        background: color,
        ...(outlined.has(m.cls) ? { border: `1.5px solid ${outlineColour}` } : {}),
      });
    if (m.t === 'line') {
      const vertical = m.x1 === m.x2;
      const border = `2px ${m.dash ? 'dashed' : 'solid'} ${color}`;
      return vertical
        ? div({ left: m.x1 - 1, top: Math.min(m.y1, m.y2), height: Math.abs(m.y2 - m.y1), width: 0, borderLeft: border })
        : div({ left: Math.min(m.x1, m.x2), top: m.y1 - 1, width: Math.abs(m.x2 - m.x1), height: 0, borderTop: border });
    }
    // SVG places text on its baseline; a box is placed by its top.
    const top = m.y - m.size * 0.95;
    const pos = m.anchor === 'end' ? { right: scene.width - m.x } : { left: m.x };
    return div({ ...pos, top, fontFamily: 'Sans', fontSize: m.size, fontWeight: m.weight ?? 400, color, lineHeight: 1.2, whiteSpace: 'nowrap' }, m.text);
  });
}

/** The scene as an SVG with outlined text (no fonts needed to display it). */
export function outlinedSvg(scene: Scene): Promise<string> {
  const root = {
    type: 'div',
    props: { style: { display: 'flex', position: 'relative', width: scene.width, height: scene.height, background }, children: nodes(scene) },
  };
  return satori(root as never, { width: scene.width, height: scene.height, fonts: loadFonts() });
}

/** A PNG at twice the scene's size, sharp on high-density screens and in print. */
export async function toPng(scene: Scene): Promise<Buffer> {
  return sharp(Buffer.from(await outlinedSvg(scene)), { density: 144 })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** A 1200×630 Open Graph image: the chart, scaled to fit on the site's background. */
export async function toOgPng(scene: Scene): Promise<Buffer> {
  const margin = 24;
  const chart = await sharp(Buffer.from(await outlinedSvg(scene)), { density: 144 })
    .resize({ width: 1200 - 2 * margin, height: 630 - 2 * margin, fit: 'inside' })
    .png()
    .toBuffer();
  const { width = 0, height = 0 } = await sharp(chart).metadata();
  return sharp({ create: { width: 1200, height: 630, channels: 3, background } })
    .composite([{ input: chart, left: Math.round((1200 - width) / 2), top: Math.round((630 - height) / 2) }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}
