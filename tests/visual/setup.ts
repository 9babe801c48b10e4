import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runScript } from '../build/run';
import { startNginx } from '../e2e/server';

declare module 'vitest' {
  export interface ProvidedContext {
    visualBaseUrl: string;
  }
}

/** The fixture content (tests/fixtures/visual/content/), built into its own folder and served by nginx. */
export default async function setup(project: TestProject) {
  const dist = join('node_modules', '.visual', 'dist');
  const build = runScript('scripts/build.mjs', ['--outDir', dist], { BUURKRACHT_CONTENT: 'tests/fixtures/visual/content' });
  if (build.status !== 0) throw new Error(`The fixture build failed:\n${build.output.slice(-4000)}`);
  const server = await startNginx(dist);
  project.provide('visualBaseUrl', server.url);
  return () => server.stop();
}
