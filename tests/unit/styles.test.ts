import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .astro and .css file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(astro|css)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The CSS of a file: a stylesheet whole, or the <style> blocks of a component (not is:inline ones). */
function cssOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return [text];
  return [...text.matchAll(/<style(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
}

/** Top-level statements that are not inside an @layer block: what would beat every layer. */
function unlayered(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const skip = rest.match(/^\s+/);
    if (skip) {
      i += skip[0].length;
      continue;
    }
    const statement = rest.match(/^@layer[^{;]*;/);
    if (statement) {
      i += statement[0].length;
      continue;
    }
    const open = text.indexOf('{', i);
    const head = text.slice(i, open === -1 ? undefined : open).trim();
    if (open === -1) {
      found.push(head);
      break;
    }
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    if (!/^@layer\s+[\w-]+$/.test(head)) found.push(head);
    i = j;
  }
  return found;
}

describe('one look everywhere: every style sits in a cascade layer', () => {
  it('finds a rule outside a layer (the check can fail)', () => {
    expect(unlayered('@layer a, b; @layer a { p { color: red } } .x { color: blue }')).toEqual(['.x']);
    expect(unlayered('@layer print { @media print { p { color: red } } }')).toEqual([]);
  });

  it('in every stylesheet and component of src/', () => {
    const offenders = sources('src').flatMap((file) => cssOf(file).flatMap((css) => unlayered(css).map((rule) => `${file}: ${rule}`)));
    expect(offenders).toEqual([]);
  });
});
