#!/usr/bin/env node
// Builds the site into a fresh temporary folder and only swaps it into place as
// dist/ when every step succeeded, so a failed build never leaves half a site
// where a server (or a deploy) would pick it up.
// Usage: node scripts/build.mjs [--outDir dist] (env BUURKRACHT_CONTENT picks another content folder)
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const args = process.argv.slice(2);
const outDir = resolve(
	args.includes("--outDir") ? args[args.indexOf("--outDir") + 1] : "dist",
);
const tmp = `${outDir}.tmp-${process.pid}`;
// A build must never publish drafts, which import.meta.env.DEV does. Vite lets the environment
// override it: a test runner that started this script leaves NODE_ENV=test and DEV=1 behind.
const env = {
	...process.env,
	NODE_ENV: "production",
	ASTRO_TELEMETRY_DISABLED: "1",
};
for (const leaked of ["DEV", "PROD", "SSR", "MODE", "BASE_URL"])
	delete env[leaked];

function run(cmd, cmdArgs) {
	const r = spawnSync(cmd, cmdArgs, { stdio: "inherit", env });
	return r.status === 0;
}

const started = performance.now();
const ok = run("astro", ["build", "--outDir", tmp]);
if (!ok || !existsSync(resolve(tmp, "index.html"))) {
	rmSync(tmp, { recursive: true, force: true });
	console.error(
		`\nBuild failed: nothing was written to ${outDir} (the previous site there, if any, is untouched).`,
	);
	process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });
renameSync(tmp, outDir);
console.log(
	`Built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
