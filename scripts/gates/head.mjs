import { elements, isRedirectStub } from './site.mjs';

/**
 * Every page names itself: a non-empty <title>, a meta description and an absolute canonical URL.
 * Redirect stubs only need the canonical URL of their target.
 * @param {import('./site.mjs').Page[]} pages
 */
export function checkHeadMeta(pages) {
  const problems = [];
  for (const page of pages) {
    const els = elements(page.html);
    if (isRedirectStub(page.html)) {
      if (!els.some((e) => e.name === 'link' && e.attributes.rel === 'canonical')) problems.push(`${page.path}: a redirect page without a canonical URL`);
      continue;
    }
    const title = els.find((e) => e.name === 'title');
    const titleText = title
      ? (title.node.children ?? [])
          .map((c) => c.value ?? '')
          .join('')
          .trim()
      : '';
    if (!titleText) problems.push(`${page.path}: no <title>`);
    const description = els.find((e) => e.name === 'meta' && e.attributes.name === 'description')?.attributes.content?.trim();
    if (!description) problems.push(`${page.path}: no meta description`);
    const canonical = els.find((e) => e.name === 'link' && e.attributes.rel === 'canonical')?.attributes.href;
    if (!canonical) problems.push(`${page.path}: no canonical URL`);
    else if (!/^https?:\/\//.test(canonical)) problems.push(`${page.path}: canonical URL "${canonical}" is not absolute`);
  }
  return problems;
}

/** Whether a page asks search engines not to index it. */
export function isNoindex(html) {
  return elements(html).some((e) => e.name === 'meta' && e.attributes.name === 'robots' && /noindex/i.test(e.attributes.content ?? ''));
}

/** The canonical URL a page declares, if any. */
export function canonicalOf(html) {
  return elements(html).find((e) => e.name === 'link' && e.attributes.rel === 'canonical')?.attributes.href;
}
