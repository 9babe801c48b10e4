import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The report blocks (file:line, veld, verwacht, gevonden, wat nu) about one file in the output of the
 * content check or of a refused build, joined; '' when the file is not mentioned.
 */
export function blocksFor(output: string, file: string): string {
  return output
    .split(/\n\s*\n/)
    .filter((block) => block.trimStart().split('\n')[0]?.includes(file))
    .join('\n\n');
}

/** An output folder with a previous, good site in it, to prove a refused build leaves it alone. */
export function previousSite(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'buurkracht-previous-')), 'dist');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), 'previous site');
  return out;
}

/** Copies files into a content folder: [from, to-relative-to-content]. */
export function addFiles(content: string, files: [string, string][]): void {
  for (const [from, to] of files) cpSync(from, join(content, to));
}
