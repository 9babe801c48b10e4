/** Putting scenes together: side by side, stacked, under a heading, framed with title and footer. */
import { type Mark, offset, type Scene } from './scene';
import { textWidth, wrap } from './text';

/** Places scenes side by side with a gap, top-aligned. */
export function sideBySide(scenes: Scene[], gap: number): Scene {
  let x = 0;
  const marks: Mark[] = [];
  for (const s of scenes) {
    marks.push(...offset(s.marks, x, 0));
    x += s.width + gap;
  }
  return { width: x - gap, height: Math.max(...scenes.map((s) => s.height)), marks };
}

/** Stacks scenes vertically with a gap, left-aligned. */
export function stacked(scenes: Scene[], gap: number): Scene {
  let y = 0;
  const marks: Mark[] = [];
  for (const s of scenes) {
    marks.push(...offset(s.marks, 0, y));
    y += s.height + gap;
  }
  return { width: Math.max(...scenes.map((s) => s.width)), height: y - gap, marks };
}

/** Lines of text as marks from `y` (top) down, wrapped to `width`; returns the marks and the height used. */
export function paragraph(text: string, o: { x?: number; y: number; width: number; size: number; weight?: 400 | 600; cls: Mark['cls'] }) {
  const lh = Math.round(o.size * 1.3);
  const lines = wrap(text, o.width, o.size, o.weight);
  const marks = lines.map(
    (line, i): Mark => ({
      t: 'text',
      x: o.x ?? 0,
      y: o.y + lh * i + o.size,
      text: line,
      size: o.size,
      ...(o.weight === 600 ? { weight: 600 as const } : {}),
      cls: o.cls,
    }),
  );
  return { marks, height: lines.length * lh };
}

/** A heading above a scene and optional lines of text below it, all wrapped to the scene's width. */
export function withHeading(scene: Scene, heading: string, below: string[] = [], size = 16): Scene {
  const head = paragraph(heading, { y: 0, width: scene.width, size, weight: 600, cls: 'heading' });
  const top = head.height ? head.height + 8 : 0;
  const marks: Mark[] = [...head.marks, ...offset(scene.marks, 0, top)];
  let y = top + scene.height + (below.length ? 12 : 0);
  for (const line of below) {
    const p = paragraph(line, { y, width: scene.width, size: 14, cls: 'text' });
    marks.push(...p.marks);
    y += p.height + 2;
  }
  return { width: scene.width, height: y, marks };
}

/** The takeaway title above and the source lines below: a chart that stands on its own as a file. */
export function framed(scene: Scene, title: string, footer: string[]): Scene {
  const pad = 32;
  const head = paragraph(title, { x: pad, y: pad - 8, width: scene.width, size: 26, weight: 600, cls: 'heading' });
  const top = pad + head.height + 8;
  const marks: Mark[] = [...head.marks, ...offset(scene.marks, pad, top)];
  let y = top + scene.height + 20;
  for (const line of footer) {
    const p = paragraph(line, { x: pad, y, width: scene.width, size: 15, cls: 'muted' });
    marks.push(...p.marks);
    y += p.height + 2;
  }
  return { width: scene.width + 2 * pad, height: y + pad - 8, marks };
}

/** The box a text mark covers, from its estimated width: for layout checks and tests. */
export function textBox(m: Extract<Mark, { t: 'text' }>) {
  const w = textWidth(m.text, m.size, m.weight);
  const x0 = m.anchor === 'end' ? m.x - w : m.x;
  // Vertically the whole line box of the site's Source Sans 3 (ascent 1.024 em, descent 0.4 em), which is
  // what a browser reports as the text's box: a reference line stopped only at the glyphs still touches it.
  return { x0, x1: x0 + w, y0: m.y - m.size * 1.03, y1: m.y + m.size * 0.41 };
}
