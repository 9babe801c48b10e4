/**
 * What Pagefind reads of a built page: the HTML as served, less what makes poor
 * search text. A chart's SVG becomes its written description (once, though the
 * page draws the chart twice for wide and narrow screens); a table becomes its
 * caption, so excerpts never run header cells together ("AspectGemeentenBewoners").
 * The numbers of both stay findable through the `numbers` metadata (searchNumbers.ts).
 * Only the indexed copy changes: readers get the page exactly as built.
 */
import { numberTokens } from './searchNumbers';

const bodyMark = /<[a-z][a-z0-9]*\s[^>]*\bdata-pagefind-body\b[^>]*>/i;

/** Text of an HTML fragment: tags out, the entities our pages use decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The page as Pagefind should read it; pages without data-pagefind-body come back unchanged. */
export function prepareForIndex(html: string): string {
  const start = html.search(bodyMark);
  if (start < 0) return html;
  const end = html.indexOf('</main>', start);
  const numbers = numberTokens(htmlText(html.slice(start, end < 0 ? undefined : end)));
  const described = new Set<string>();
  let out = html
    .replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => {
      const desc = htmlText(/<desc\b[^>]*>([\s\S]*?)<\/desc>/i.exec(svg)?.[1] ?? '');
      if (!desc || described.has(desc)) return '';
      described.add(desc);
      return `<p>${escapeHtml(desc)}</p>`;
    })
    .replace(/<table\b[\s\S]*?<\/table>/gi, (table) => {
      const caption = htmlText(/<caption\b[^>]*>([\s\S]*?)<\/caption>/i.exec(table)?.[1] ?? '');
      return caption ? `<p>${escapeHtml(caption)}</p>` : '';
    });
  if (numbers.length > 0) {
    out = out.replace(bodyMark, (open) => `${open}<span hidden data-pagefind-meta="numbers:${numbers.join(' ')}"></span>`);
  }
  return out;
}
