import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** Runs a project script the way `npm run` does: node_modules/.bin (with Node 24) first on PATH. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('node', [join(repoRoot, script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PATH: `${join(repoRoot, 'node_modules/.bin')}${delimiter}${process.env.PATH}`,
    },
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

const made: string[] = [];
const scratch = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** Removes every folder the helpers below made; call it from afterAll. */
export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A throwaway copy of content/, for tests that add or break entries. */
export function copyContent(): string {
  const dir = join(scratch('buurkracht-content-'), 'content');
  cpSync(join(repoRoot, 'content'), dir, { recursive: true });
  return dir;
}

/** Builds the site from `content` into a fresh temporary folder and returns that folder. */
export function buildSite(content?: string): string {
  const outDir = join(scratch('buurkracht-dist-'), 'dist');
  const result = runScript('scripts/build.mjs', ['--outDir', outDir], content ? { BUURKRACHT_CONTENT: content } : {});
  if (result.status !== 0) throw new Error(`The build failed:\n${result.output.slice(-4000)}`);
  return outDir;
}
