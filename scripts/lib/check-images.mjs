// Entry data as the content scripts see it, and the image fields (any `src:` in
// frontmatter or data files) whose file does not exist. The build runs this before
// Astro, whose own error would not name the entry or the field; check:content
// reports the same findings in its own format.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';

/** The YAML data of an entry: a .yaml file whole, an .mdx file's frontmatter. Throws on invalid YAML. */
export function readEntryData(file) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml')) return yaml.load(text) ?? {};
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  return m ? (yaml.load(m[1]) ?? {}) : {};
}

function* imageFields(value, path = '') {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* imageFields(v, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const here = path ? `${path}.${k}` : k;
      if (k === 'src' && typeof v === 'string') yield { field: here, value: v };
      else yield* imageFields(v, here);
    }
  }
}

/** One `{ file, field, value, path }` per image field whose file is missing. YAML errors are left to others. */
export function missingImages(contentRoot) {
  const missing = [];
  for (const folder of readdirSync(contentRoot, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(contentRoot, folder.name);
    for (const name of readdirSync(dir)) {
      if (!/\.(mdx|yaml)$/.test(name)) continue;
      const file = join(dir, name);
      let data;
      try {
        data = readEntryData(file);
      } catch {
        continue;
      }
      for (const { field, value } of imageFields(data)) {
        if (/^https?:\/\//.test(value)) continue;
        const path = resolve(dirname(file), value);
        if (!existsSync(path)) missing.push({ file, field, value, path });
      }
    }
  }
  return missing;
}
