/**
 * The one Open Graph template: a 1200x630 card with the page's eyebrow, title and
 * site name, in the site's own palette and typefaces (src/raster draws it).
 */
import { drawPng, drawPngAt, type Node } from '../raster/render.ts';

export const palette = { bg: '#fbf8f3', text: '#1c1b19', accent: '#c2410c', green: '#0f5132', muted: '#57534e' } as const;

export const cardSize = { width: 1200, height: 630 } as const;

export interface Card {
  title: string;
  eyebrow: string;
  siteName: string;
}

type Style = Record<string, string | number>;
const box = (style: Style, children: Node[] = []): Node => ({ type: 'container', style, children });
const text = (style: Style, value: string): Node => ({ type: 'text', style, text: value });

/** The card as a tree of boxes: the whole layout, and with the text, the whole input of the drawing. */
export function cardNode({ title, eyebrow, siteName }: Card): Node {
  const size = title.length > 70 ? 54 : title.length > 40 ? 64 : 76;
  return box(
    {
      width: '100%',
      height: '100%',
      // Padding and the accent border sit inside the 1200x630 card, not around it.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      backgroundColor: palette.bg,
      padding: '64px 72px',
      borderBottom: `24px solid ${palette.accent}`,
    },
    [
      text({ fontFamily: 'Sans', fontWeight: 600, fontSize: 30, color: palette.green, textTransform: 'uppercase', letterSpacing: 2 }, eyebrow),
      text({ fontFamily: 'Serif', fontWeight: 700, fontSize: size, lineHeight: 1.1, color: palette.text }, title),
      box({ display: 'flex', alignItems: 'center', fontFamily: 'Sans', fontSize: 30, color: palette.muted }, [
        box({ width: 28, height: 28, borderRadius: 14, backgroundColor: palette.accent, marginRight: 16 }),
        text({}, siteName),
      ]),
    ],
  );
}

/** The card as PNG bytes; `cached` when the same card was drawn by an earlier build. */
export const cardPng = (card: Card) => drawPng(cardNode(card), cardSize);

/** The card written to the file `target`, for the built site. */
export const cardPngAt = (card: Card, target: string) => drawPngAt(cardNode(card), cardSize, target);
