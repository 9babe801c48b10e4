// The build's side of safe MDX: a Sätteri plugin (astro.config.mjs, markdown.processor) that runs the
// content check's own scan on every MDX file Astro compiles and stops the build on what it refuses, so
// `astro build` and `astro dev` never run or publish an editor's code, even without scripts/build.mjs.
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../check/report.mjs';
import { scanMdx } from './scan.mjs';

/** @type {import('satteri').MdastPluginDefinition} */
export const safeMdx = {
  name: 'buurkracht-safe-mdx',
  before(_root, ctx) {
    if (ctx.sourceFormat !== 'mdx') return;
    const { problems } = scanMdx(ctx.source);
    if (problems.length === 0) return;
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(mdx)';
    const report = problems.map((p) => formatProblem({ file, field: '(tekst)', ...p })).join('\n\n');
    throw new Error(`Deze MDX wordt niet gebouwd:\n\n${report}`);
  },
};
