/**
 * Embedding a figure elsewhere. The embed page reports its height to the host page with a namespaced
 * postMessage; the loader script (/embed/loader.js) sets the iframe's height from it. Without the
 * loader, the iframe's own height attribute must still show everything: it is the tallest the figure
 * gets at any width from a 320 px phone up, estimated with the same text measurements as the charts.
 */
import { wrap } from '../charts/text';
import { site } from '../site';
import { absolute, paths } from '../urls';
import { type Figure, type Layout, layouts } from './figure';

export { embedMessages } from './embedProtocol';

/** Optional `?thema=` values of an embed URL: light is the default, on white. */
export const embedThemes = { donker: 'dark', auto: 'auto' } as const;

/** The embed page's fixed padding and type sizes (px), which its CSS uses too. */
export const embedMetrics = { padding: 12, title: 20, subject: 15, small: 14, lineHeight: 1.4, narrowChart: 352 } as const;

/** Height of `text` at `size` px wrapped into `width`, in the embed's line height. */
const block = (text: string, size: number, width: number, weight: 400 | 600 = 400) =>
  wrap(text, width, size, weight).length * Math.ceil(size * embedMetrics.lineHeight);

/**
 * Which chart layout a content width shows, and how wide it is drawn there: FigureChart.astro's
 * container queries and max-inline-size, in px. A chart grows with its width while text shrinks, so
 * the tallest embed is not always the narrowest one. In the embed the narrow chart stops growing at
 * `narrowChart` px (the figure page lets it reach 416): otherwise the one fixed height, which must fit
 * a 440 px frame, leaves a third of a 320 px frame empty.
 */
const shownAt = (w: number): { layout: Layout; drawn: number } =>
  w < 500
    ? { layout: 'narrow', drawn: Math.min(w, embedMetrics.narrowChart) }
    : w < 860
      ? { layout: 'medium', drawn: Math.min(w, 720) }
      : { layout: 'wide', drawn: Math.min(w, 1088) };
// From a 320 px phone less a host page's 16 px margins and the embed's padding, up to the widest chart.
const contentWidths = [264, 300, 340, 380, 416, 450, 499, 500, 560, 640, 720, 859, 860, 960, 1088];

/** The embed's height at content width `w`. */
function heightAt(f: Figure, captionText: string, linkText: string, w: number): number {
  const m = embedMetrics;
  const { layout, drawn } = shownAt(w);
  const heights = [
    block(f.title, m.title, w, 600),
    block(f.subject, m.subject, w),
    Math.ceil((f.charts[layout].height * drawn) / layouts[layout]),
    ...f.notes.map((n) => block(`${f.notes.length}. ${n}`, m.small, w - 24)),
    block(captionText, m.small, w),
    Math.ceil(m.small * m.lineHeight) + 12, // the folded table's summary line
    block(linkText, m.small, w),
  ];
  return heights.reduce((a, b) => a + b, 0) + 8 * heights.length + 2 * m.padding;
}

/** The iframe height that shows the whole embed at any width from the narrowest frame up, with a margin for other fonts. */
export function fallbackHeight(f: Figure, captionText: string, linkText: string): number {
  return Math.ceil(Math.max(...contentWidths.map((w) => heightAt(f, captionText, linkText, w))) * 1.06 + 16);
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
