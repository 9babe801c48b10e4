// Validates every entry with the site's own zod schemas, in this process: src/content.config.ts is
// imported as Astro imports it, so the check needs no `astro sync` (seconds) and reports every
// invalid entry at once, not only the first.
import { registerHooks } from 'node:module';
import { collections, fieldAt, formatPath } from '../../../src/model/index.ts';
import { found as shown } from '../../../src/schemas/plain.ts';
import { lineOf } from '../entries.mjs';

const shim = new URL('../astro-content-shim.mjs', import.meta.url).href;
const srcDir = new URL('../../../src/', import.meta.url).href;

// `astro:content` is Astro's virtual module; the site's TypeScript imports its siblings without an
// extension, as Vite allows. Both are resolved here for plain Node, for files under src/ only.
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'astro:content') return { url: shim, shortCircuit: true };
    if (context.parentURL?.startsWith(srcDir) && /^\.\.?\/[^?]*\/?[^./]+$/.test(specifier)) {
      try {
        return next(specifier, context);
      } catch {
        return next(`${specifier}.ts`, context);
      }
    }
    return next(specifier, context);
  },
});

/** The schemas of every collection, as content.config.ts defines them, with images as plain paths. */
async function loadSchemas(contentDir) {
  // src/schemas/root.ts reads the content folder from the environment once, as it does in the build.
  const before = process.env.BUURKRACHT_CONTENT;
  process.env.BUURKRACHT_CONTENT = contentDir;
  const { collections } = await import('../../../src/content.config.ts');
  if (before === undefined) delete process.env.BUURKRACHT_CONTENT;
  else process.env.BUURKRACHT_CONTENT = before;
  const { z } = await import('astro/zod');
  const image = () => z.string();
  return Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, typeof c.schema === 'function' ? c.schema({ image }) : c.schema]));
}

/** Adds an error for every schema issue of every entry whose YAML could be read. */
export async function checkSchemas(content, contentDir, findings) {
  const schemas = await loadSchemas(contentDir);
  for (const [name, entries] of Object.entries(content)) {
    const schema = schemas[name];
    if (!schema) continue;
    for (const entry of entries) {
      if (!entry.data) continue;
      const result = schema.safeParse(entry.data);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        const field = formatPath(issue.path);
        if (findings.has(entry.file, field)) continue;
        const [, expected, found] = issue.message.match(/^verwacht ([\s\S]*), gevonden: ([\s\S]*)$/) ?? [];
        const variantKey = collections[name].variants?.key;
        const hint = fieldAt(name, variantKey && entry.data[variantKey], issue.path)?.hint;
        findings.error({
          file: entry.file,
          line: lineOf(entry, issue.path),
          field: field || '(velden)',
          expected: expected ?? issue.message,
          // A refinement's own message says what is wrong; the value shows what was written.
          found: found ?? shown(issue.path.reduce((v, k) => v?.[k], entry.data)),
          ...(hint && { todo: hint }),
        });
      }
    }
  }
}
