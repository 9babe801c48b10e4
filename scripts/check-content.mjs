#!/usr/bin/env node
// Checks every content entry in seconds, without building pages: encoding, YAML, schemas, references,
// slugs, images, the MDX of every body (compiled as the build compiles it), placeholders, printed links,
// and Dutch spelling (warnings). Prints file, line, field, what was expected, what was found and what
// to do, in Dutch; exits 1 on any error. The build runs the same check (scripts/build.mjs).
// Usage: npm run check:content   (env BUURKRACHT_CONTENT picks another content folder)
import { join, resolve } from 'node:path';
import { checkContent } from './lib/check/index.mjs';
import { formatFindings } from './lib/check/report.mjs';

const root = resolve(import.meta.dirname, '..');
const result = await checkContent(process.env.BUURKRACHT_CONTENT ?? join(root, 'content'), { root });
const report = formatFindings(result);
if (report) console.error(report);
// performance.now() counts from the start of the process, so this includes loading the modules.
const seconds = (performance.now() / 1000).toFixed(1).replace('.', ',');
if (result.errors.length > 0) process.exit(1);
console.log(`${result.count} bestanden in orde (${seconds} s)${result.warnings.length ? `, ${result.warnings.length} keer "let op"` : ''}.`);
