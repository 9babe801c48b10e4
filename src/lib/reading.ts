/** Words a reader gets through in a minute of Dutch magazine prose. */
const wordsPerMinute = 200;

/**
 * Minutes to read an MDX body, rounded up, at least one. Counts the words of the text only:
 * frontmatter, component tags and their attributes, and Markdown markup are left out.
 */
export function readingMinutes(body: string | undefined): number {
  const text = (body ?? '')
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#>*_`[\]()|-]/g, ' ');
  const words = text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
