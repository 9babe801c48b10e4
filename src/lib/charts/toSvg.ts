import { outlineColour, outlined } from './palette';
import { background, fontFamily, type Mark, palette, type Scene } from './scene';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 10) / 10);

function mark(m: Mark): string {
  const fill = palette[m.cls];
  switch (m.t) {
    case 'rect':
      return `<rect class="${m.cls}" x="${n(m.x)}" y="${n(m.y)}" width="${n(m.w)}" height="${n(m.h)}" fill="${fill}"${outlined.has(m.cls) ? ` stroke="${outlineColour}" stroke-width="1.5"` : ''}/>`;
    case 'line':
      return `<line class="${m.cls}" x1="${n(m.x1)}" y1="${n(m.y1)}" x2="${n(m.x2)}" y2="${n(m.y2)}" stroke="${fill}" stroke-width="2"${m.dash ? ' stroke-dasharray="6 4"' : ''}/>`;
    case 'text':
      return `<text class="${m.cls}" x="${n(m.x)}" y="${n(m.y)}" font-size="${m.size}"${m.weight === 600 ? ' font-weight="600"' : ''}${m.anchor === 'end' ? ' text-anchor="end"' : ''} fill="${fill}">${esc(m.text)}</text>`;
  }
}

export interface SvgOptions {
  /** Prefix for the title and desc ids, unique within the page. */
  idPrefix: string;
  title: string;
  description: string;
  /** A file of its own: namespace, background and fixed font. */
  standalone?: boolean;
  /** Source and terms of use as plain-text metadata inside a standalone file. */
  metadata?: string;
}

/** The scene as an accessible SVG: role="img", named by <title>, described by <desc>. */
export function toSvg(scene: Scene, o: SvgOptions): string {
  const t = `${o.idPrefix}-titel`;
  const d = `${o.idPrefix}-beschrijving`;
  const open = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${scene.height}"`,
    o.standalone ? ` width="${scene.width}" height="${scene.height}"` : '',
    ` role="img" aria-labelledby="${t}" aria-describedby="${d}" class="chart" font-family="${esc(fontFamily)}">`,
  ].join('');
  return [
    open,
    `<title id="${t}">${esc(o.title)}</title>`,
    `<desc id="${d}">${esc(o.description)}</desc>`,
    o.metadata ? `<metadata>${esc(o.metadata)}</metadata>` : '',
    o.standalone ? `<rect width="100%" height="100%" fill="${background}"/>` : '',
    ...scene.marks.map(mark),
    '</svg>',
  ].join('');
}
