import { elements, textOf } from './site.mjs';

/** Link texts that do not say where a link goes; a link needs more than these alone. */
export const vagueLinkTexts = ['lees meer', 'lees verder', 'meer', 'verder', 'klik hier', 'klik', 'hier', 'link', 'deze link', 'meer info', 'meer informatie'];

/**
 * Every link has a name, and the name says where it goes.
 * @param {import('./site.mjs').Page[]} pages
 */
export function checkLinkTexts(pages) {
  const problems = [];
  for (const page of pages) {
    for (const el of elements(page.html)) {
      if (el.name !== 'a' || el.attributes.href === undefined) continue;
      const name = (el.attributes['aria-label'] ?? textOf(el.node)).replace(/\s+/g, ' ').trim();
      const bare = name
        .toLowerCase()
        .replace(/[^\p{L}\p{N} ]/gu, '')
        .trim();
      if (!name) problems.push(`${page.path}: link to ${el.attributes.href} has no text`);
      else if (vagueLinkTexts.includes(bare)) problems.push(`${page.path}: link text "${name}" (to ${el.attributes.href}) does not say where it goes`);
    }
  }
  return problems;
}
