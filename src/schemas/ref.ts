import { reference } from 'astro:content';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collections } from '../model/collections.ts';
import { contentRoot } from './root';

type Referable = 'articles' | 'actions' | 'pages' | 'editions' | 'places' | 'municipalities' | 'themes';

const cache = new Map<string, string[]>();
function idsOf(collection: Referable): string[] {
  let ids = cache.get(collection);
  if (!ids) {
    const { folder, extension } = collections[collection];
    const dir = join(contentRoot, folder);
    ids = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(extension))
          .map((f) => f.slice(0, -extension.length))
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
export function ref<C extends Referable>(collection: C) {
  // One schema per collection, shared: Astro calls schema functions once per entry.
  built[collection] ??= build(collection);
  return built[collection] as ReturnType<typeof build<C>>;
}

const built: Partial<Record<Referable, unknown>> = {};
function build<C extends Referable>(collection: C) {
  return reference(collection).superRefine((value, ctx) => {
    const known = idsOf(collection);
    if (!known.includes(value.id)) {
      const list = known.length > 12 ? `${known.slice(0, 12).join(', ')}, …` : known.join(', ');
      ctx.addIssue({
        code: 'custom',
        message: `verwacht een bestandsnaam uit content/${collections[collection].folder}/ (${list}), gevonden: "${value.id}"`,
      });
    }
  });
}
