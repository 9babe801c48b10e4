import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { repoRoot } from './run';

/**
 * The printed magazine's text lives outside the repository, in ../shared/source (it is copyrighted and
 * not ours to publish). CI and editors have it beside their clone; a fresh clone does not. Tests that
 * compare the site with print skip there, and say so out loud instead of passing quietly.
 */
export const sourceDir = path.resolve(repoRoot, '../shared/source');

export interface MagazineSource {
  /** The whole text of every .txt file in the folder. */
  text: string;
  files: string[];
}

function load(): MagazineSource | undefined {
  if (!existsSync(sourceDir)) return undefined;
  const files = readdirSync(sourceDir).filter((f) => f.endsWith('.txt'));
  if (files.length === 0) throw new Error(`${sourceDir} exists but holds no .txt file: the print comparison cannot run`);
  return { files, text: files.map((f) => readFileSync(join(sourceDir, f), 'utf8')).join('\n') };
}

export const magazine = load();

/** Appended to the name of every test that needs the print, so a skip shows in the test list itself. */
export const needsPrint = magazine ? '' : ` [SKIPPED: no magazine text in ${sourceDir}]`;

if (!magazine) {
  console.warn(
    `\nNOTICE: the printed magazine's text is not at ${sourceDir}.\n` +
      'The checks that compare the site with print (copies, near copies, printed roles) are SKIPPED in this run.\n' +
      'Put the source folder beside the repository (as CI has it) to run them.\n',
  );
}
