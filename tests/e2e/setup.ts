import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startNginx } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One nginx for the whole browser run, serving the freshly built dist/. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const server = await startNginx('dist');
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
