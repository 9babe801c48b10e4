/**
 * Embedding a figure elsewhere. The embed page reports its height to the host page with a namespaced
 * postMessage; the loader script (/embed/loader.js) sets the iframe's height from it. Without the
 * loader, the iframe's own height attribute must still show everything: it is the figure's height at
 * the narrowest width we support (320 px), estimated from the same text measurements as the charts.
 */
import { wrap } from '../charts/text';
import { site } from '../site';
import { absolute, paths } from '../urls';
import { type Figure, layouts } from './figure';

export { embedMessages } from './embedProtocol';

/** Optional `?thema=` values of an embed URL: light is the default, on white. */
export const embedThemes = { donker: 'dark', auto: 'auto' } as const;

/** The narrowest iframe the fallback height is made for, and the embed page's fixed type sizes (px). */
export const embedMetrics = { width: 320, padding: 12, title: 20, subject: 15, small: 14, lineHeight: 1.4 } as const;

/** Height of `text` at `size` px wrapped into `width`, in the embed's line height. */
const block = (text: string, size: number, width: number, weight: 400 | 600 = 400) =>
  wrap(text, width, size, weight).length * Math.ceil(size * embedMetrics.lineHeight);

/** The iframe height that shows the whole embed at 320 px wide, with a margin for other fonts. */
export function fallbackHeight(f: Figure, captionText: string, linkText: string): number {
  const m = embedMetrics;
  const w = m.width - 2 * m.padding;
  const chart = f.charts.narrow;
  const heights = [
    block(f.title, m.title, w, 600),
    block(f.subject, m.subject, w),
    Math.ceil((chart.height * Math.min(w, 420)) / layouts.narrow),
    ...f.notes.map((n) => block(`${f.notes.length}. ${n}`, m.small, w - 24)),
    block(captionText, m.small, w),
    Math.ceil(m.small * m.lineHeight) + 12, // the folded table's summary line
    block(linkText, m.small, w),
  ];
  const gaps = 8 * heights.length;
  return Math.ceil((heights.reduce((a, b) => a + b, 0) + gaps + 2 * m.padding) * 1.08 + 16);
}

/** The HTML a municipality pastes: the iframe, sized for the narrowest screen, and our loader. */
export function embedCode(f: Figure, height: number): string {
  const src = absolute(paths.monitorFigureEmbed(f.year, f.id), site.origin);
  const title = f.title.replace(/"/g, '&quot;');
  return [
    `<iframe src="${src}" title="${title}" width="100%" height="${height}" frameborder="0" loading="lazy"></iframe>`,
    `<script src="${absolute(paths.embedLoader(), site.origin)}" async></script>`,
  ].join('\n');
}
