/**
 * The one Open Graph template: a 1200x630 card with the page's eyebrow, title and
 * site name, in the site's own palette. Text is turned into paths by satori, so the
 * PNG looks the same on every machine, whatever fonts it has installed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${file}`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Serif', data: font('source-serif-4', 'source-serif-4-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Sans', data: font('source-sans-3', 'source-sans-3-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Sans', data: font('source-sans-3', 'source-sans-3-latin-600-normal.woff'), weight: 600, style: 'normal' },
  ];
  return fonts;
}

export const palette = { bg: '#fbf8f3', text: '#1c1b19', accent: '#c2410c', green: '#0f5132', muted: '#57534e' } as const;

export interface Card {
  title: string;
  eyebrow: string;
  siteName: string;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** The card as an SVG string (text as paths). */
export async function cardSvg({ title, eyebrow, siteName }: Card): Promise<string> {
  const size = title.length > 70 ? 54 : title.length > 40 ? 64 : 76;
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: palette.bg,
      padding: '64px 72px',
      borderBottom: `24px solid ${palette.accent}`,
    },
    [
      el(
        'div',
        { display: 'flex', fontFamily: 'Sans', fontWeight: 600, fontSize: 30, color: palette.green, textTransform: 'uppercase', letterSpacing: 2 },
        eyebrow,
      ),
      el('div', { display: 'flex', fontFamily: 'Serif', fontWeight: 700, fontSize: size, lineHeight: 1.1, color: palette.text }, title),
      el('div', { display: 'flex', alignItems: 'center', fontFamily: 'Sans', fontSize: 30, color: palette.muted }, [
        el('div', { width: 28, height: 28, borderRadius: 14, background: palette.accent, marginRight: 16 }),
        siteName,
      ]),
    ],
  );
  return satori(tree as never, { width: 1200, height: 630, fonts: loadFonts() });
}

/** The card as PNG bytes. */
export async function cardPng(card: Card): Promise<Buffer> {
  return sharp(Buffer.from(await cardSvg(card)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
