#!/usr/bin/env node
// Builds the site into a fresh temporary folder and only swaps it into place as
// dist/ when every step succeeded, so a failed build never leaves half a site
// where a server (or a deploy) would pick it up. First it runs the content check
// (scripts/lib/check/), so nothing reaches readers that `npm run check:content`
// would reject, and the editor reads the same Dutch message in both places.
// Usage: node scripts/build.mjs [--outDir dist] (env BUURKRACHT_CONTENT picks another content folder)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from './lib/check/index.mjs';
import { formatFindings } from './lib/check/report.mjs';

const args = process.argv.slice(2);
const outDir = resolve(args.includes('--outDir') ? args[args.indexOf('--outDir') + 1] : 'dist');
// One fixed name per outDir: Astro writes the outDir into its astro:assets module, so a new name per
// build would change every page's code hash and defeat incremental builds (docs/performance.md).
const tmp = `${outDir}.tmp`;
rmSync(tmp, { recursive: true, force: true });
// A build must never publish drafts, which import.meta.env.DEV does. Vite lets the environment
// override it: a test runner that started this script leaves NODE_ENV=test and DEV=1 behind.
const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
for (const leaked of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete env[leaked];

// Run Astro's CLI with the same Node that runs this script (Node 24 from node_modules).
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

const started = performance.now();
const checked = await checkContent(process.env.BUURKRACHT_CONTENT ?? 'content', { spelling: false });
if (checked.errors.length > 0) {
  console.error(formatFindings({ errors: checked.errors, warnings: [] }));
  console.error(`\nDe build is gestopt door de controle van de content: er is niets naar ${outDir} geschreven (de vorige versie van de site staat er nog).`);
  process.exit(1);
}
const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', tmp], { stdio: 'inherit', env });
if (result.error) console.error(result.error);
const ok = result.status === 0;
if (!ok || !existsSync(resolve(tmp, 'index.html'))) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`\nBuild failed: nothing was written to ${outDir} (the previous site there, if any, is untouched).`);
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });
renameSync(tmp, outDir);
console.log(`Built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
