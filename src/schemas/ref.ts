import { reference } from 'astro:content';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './root';

const files: Record<string, string> = {
  articles: '.mdx',
  actions: '.mdx',
  pages: '.mdx',
  editions: '.yaml',
  places: '.yaml',
  municipalities: '.yaml',
  themes: '.yaml',
};
type Collection = 'articles' | 'actions' | 'pages' | 'editions' | 'places' | 'municipalities' | 'themes';

const cache = new Map<string, string[]>();
function idsOf(collection: Collection): string[] {
  let ids = cache.get(collection);
  if (!ids) {
    const dir = join(contentRoot, collection);
    ids = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(files[collection] ?? ''))
          .map((f) => f.slice(0, f.lastIndexOf('.')))
      : [];
    cache.set(collection, ids);
  }
  return ids;
}

/**
 * reference() that fails validation when the entry does not exist. Astro only
 * warns about an unknown reference and then crashes later without naming the
 * file; this names the file, the field, the known ids and what was written.
 */
export function ref<C extends Collection>(collection: C) {
  // One schema per collection, shared: Astro calls schema functions once per entry.
  built[collection] ??= build(collection);
  return built[collection] as ReturnType<typeof build<C>>;
}

const built: Partial<Record<Collection, unknown>> = {};
function build<C extends Collection>(collection: C) {
  return reference(collection).superRefine((value, ctx) => {
    const known = idsOf(collection);
    if (!known.includes(value.id)) {
      const list = known.length > 12 ? `${known.slice(0, 12).join(', ')}, …` : known.join(', ');
      ctx.addIssue({
        code: 'custom',
        message: `verwacht een bestandsnaam uit content/${collection}/ (${list}), gevonden: "${value.id}"`,
      });
    }
  });
}
