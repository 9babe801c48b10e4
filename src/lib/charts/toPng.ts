/**
 * PNG output of a scene, drawn by the site's rasteriser (src/raster) with the site's own
 * font files, so the PNG is the same on a machine without any fonts installed. Drawings are
 * kept in the derived-file cache, so a rebuild redraws only charts whose scene changed.
 */
import { drawPng, drawSvg, type Node } from '../../raster/render';
import { outlineColour, outlined } from './palette';
import { background, palette, type Scene } from './scene';

type Style = Record<string, string | number>;
const box = (style: Style): Node => ({ type: 'container', style: { position: 'absolute', ...style } });
const label = (style: Style, text: string): Node => ({ type: 'text', style: { position: 'absolute', ...style }, text });

/** The scene as boxes: every mark an absolutely placed box, every length times `scale`. */
function nodes(scene: Scene, scale: number): Node[] {
  const s = (n: number) => n * scale;
  return scene.marks.map((m) => {
    const color = palette[m.cls];
    if (m.t === 'rect')
      return box({
        left: s(m.x),
        top: s(m.y),
        width: s(m.w),
        height: s(m.h),
        backgroundColor: color,
        // Pale sequence steps keep a 3:1 edge against the background (src/lib/charts/palette.ts).
        ...(outlined.has(m.cls) ? { border: `${s(1.5)}px solid ${outlineColour}` } : {}),
      });
    if (m.t === 'line') {
      const vertical = m.x1 === m.x2;
      const border = `${s(2)}px ${m.dash ? 'dashed' : 'solid'} ${color}`;
      return vertical
        ? box({ left: s(m.x1 - 1), top: s(Math.min(m.y1, m.y2)), height: s(Math.abs(m.y2 - m.y1)), width: 0, borderLeft: border })
        : box({ left: s(Math.min(m.x1, m.x2)), top: s(m.y1 - 1), width: s(Math.abs(m.x2 - m.x1)), height: 0, borderTop: border });
    }
    // SVG places text on its baseline; a box is placed by its top.
    const top = s(m.y - m.size * 0.95);
    const pos = m.anchor === 'end' ? { right: s(scene.width - m.x) } : { left: s(m.x) };
    return label({ ...pos, top, fontFamily: 'Sans', fontSize: s(m.size), fontWeight: m.weight ?? 400, color, lineHeight: 1.2, whiteSpace: 'nowrap' }, m.text);
  });
}

const root = (width: number, height: number, children: Node[]): Node => ({
  type: 'container',
  style: { display: 'flex', position: 'relative', width, height, backgroundColor: background },
  children,
});

/** The scene as an SVG with outlined text (no fonts needed to display it). */
export function outlinedSvg(scene: Scene): Promise<string> {
  return drawSvg(root(scene.width, scene.height, nodes(scene, 1)), scene);
}

/** A PNG at twice the scene's size, sharp on high-density screens and in print. */
export async function toPng(scene: Scene): Promise<Buffer> {
  return (await drawPng(root(scene.width, scene.height, nodes(scene, 1)), { width: scene.width, height: scene.height, devicePixelRatio: 2 })).png;
}

/** A 1200×630 Open Graph image: the chart, scaled to fit on the site's background. */
export async function toOgPng(scene: Scene): Promise<Buffer> {
  const margin = 24;
  const scale = Math.min((1200 - 2 * margin) / scene.width, (630 - 2 * margin) / scene.height);
  const [width, height] = [Math.round(scene.width * scale), Math.round(scene.height * scale)];
  const chart: Node = {
    type: 'container',
    style: { position: 'absolute', left: Math.round((1200 - width) / 2), top: Math.round((630 - height) / 2), width, height },
    children: nodes(scene, scale),
  };
  return (await drawPng(root(1200, 630, [chart]), { width: 1200, height: 630 })).png;
}
