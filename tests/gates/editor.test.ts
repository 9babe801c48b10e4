// The visual editor never ships to readers: it runs only on an editor's laptop (npm run redactie).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = 'dist';

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

describe('the built site and the editor', () => {
  it('has no editor route and no editor code in any page, script, sitemap or search index', () => {
    const all = [...files(dist)];
    expect(all.filter((f) => /(^|\/)admin(\/|$)/.test(f.slice(dist.length)))).toEqual([]);
    const text = all.filter((f) => /\.(html|js|xml|json|txt)$/.test(f));
    const found = text.filter((f) => /decap-cms|CMS_MANUAL_INIT|\/admin\//.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
