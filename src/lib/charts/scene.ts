/**
 * A chart as a flat list of positioned marks. Each chart function builds one;
 * toSvg() draws it for pages, embeds and downloads, toPng() for the PNG and the
 * Open Graph image. One geometry, so every output shows the same figure.
 */
export type MarkClass = 'bar-gemeenten' | 'bar-bewoners' | 'bar-2025' | 'bar-2024' | 'bar-2023' | 'text' | 'muted' | 'heading' | 'pass' | 'axis';

export type Mark =
  | { t: 'rect'; x: number; y: number; w: number; h: number; cls: MarkClass }
  | { t: 'text'; x: number; y: number; text: string; size: number; weight?: 400 | 600; anchor?: 'start' | 'end'; cls: MarkClass }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; cls: MarkClass; dash?: boolean };

export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

/** Light-theme colours for standalone files; pages restyle the classes with design tokens. */
export const palette: Record<MarkClass, string> = {
  'bar-gemeenten': '#0f5132',
  'bar-bewoners': '#c2410c',
  'bar-2025': '#0f5132',
  'bar-2024': '#4f8a6b',
  'bar-2023': '#9cc5ae',
  text: '#1c1b19',
  muted: '#57534e',
  heading: '#1c1b19',
  pass: '#9a3412',
  axis: '#8a8177',
};

export const background = '#fbf8f3';
export const fontFamily = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";

/** Shifts every mark, for placing a panel or adding a header. */
export function offset(marks: Mark[], dx: number, dy: number): Mark[] {
  return marks.map((m) => (m.t === 'line' ? { ...m, x1: m.x1 + dx, x2: m.x2 + dx, y1: m.y1 + dy, y2: m.y2 + dy } : { ...m, x: m.x + dx, y: m.y + dy }));
}

/** Every text a scene prints, for tests and accessible descriptions. */
export function texts(scene: Scene): string[] {
  return scene.marks.flatMap((m) => (m.t === 'text' ? [m.text] : []));
}

/** Adds the takeaway title above and the source and licence lines below. */
export function framed(scene: Scene, title: string, footer: string[]): Scene {
  const pad = 32;
  const top = 64;
  const marks: Mark[] = [
    { t: 'text', x: pad, y: 44, text: title, size: 26, weight: 600, cls: 'heading' },
    ...offset(scene.marks, pad, top),
    ...footer.map((line, i): Mark => ({ t: 'text', x: pad, y: top + scene.height + 28 + i * 22, text: line, size: 15, cls: 'muted' })),
  ];
  return { width: scene.width + 2 * pad, height: top + scene.height + 20 + footer.length * 22 + 16, marks };
}
