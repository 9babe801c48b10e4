// Finds image fields (any `src:` inside the YAML frontmatter or data files) whose file
// does not exist, before Astro's build reports it without naming the entry or field.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';

function frontmatter(file) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml')) return yaml.load(text);
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  return m ? yaml.load(m[1]) : null;
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

/** Returns one plain-language message per missing image. YAML errors are left to Astro. */
export function missingImages(contentRoot) {
  const problems = [];
  for (const folder of readdirSync(contentRoot, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(contentRoot, folder.name);
    for (const name of readdirSync(dir)) {
      if (!/\.(mdx|yaml)$/.test(name)) continue;
      const file = join(dir, name);
      let data;
      try {
        data = frontmatter(file);
      } catch {
        continue;
      }
      for (const { field, value } of imageFields(data)) {
        if (/^https?:\/\//.test(value)) continue;
        if (!existsSync(resolve(dirname(file), value))) {
          problems.push(`${relative(process.cwd(), file)} → ${field}: verwacht een bestaand beeldbestand, gevonden: "${value}" (dat bestand bestaat niet)`);
        }
      }
    }
  }
  return problems;
}
