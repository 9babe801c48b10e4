// The content check: everything the build would refuse, found in seconds, with messages an editor can
// act on. scripts/check-content.mjs prints it; scripts/build.mjs runs it before Astro and refuses to build.
import { resolve } from 'node:path';
import { readContent } from '../entries.mjs';
import { checkBodies } from './body.mjs';
import { checkEditionsAndLinks } from './editions.mjs';
import { encodingProblem } from './encoding.mjs';
import { checkDataImages } from './images.mjs';
import { checkReferences } from './references.mjs';
import { Findings } from './report.mjs';
import { checkSchemas } from './schemas.mjs';
import { checkSlugs } from './slugs.mjs';
import { startSpelling } from './spelling.mjs';

/** YAML that js-yaml could not read, and names that begin with an apostrophe ('s-Heer Arendskerke). */
function checkYaml(content, findings) {
  for (const entry of Object.values(content).flat()) {
    if (findings.has(entry.file, '(codering)')) continue;
    if (entry.yamlText === undefined) {
      findings.error({
        file: entry.file,
        line: 1,
        field: '(frontmatter)',
        expected: 'een blok tussen twee regels --- bovenaan het bestand',
        found: 'geen frontmatter',
        todo: 'zet de velden bovenaan, tussen een regel --- en nog een regel ---.',
      });
      continue;
    }
    // YAML reads 's-Heer as a quoted string: the apostrophe vanishes, or the quote never closes.
    const quoted = entry.yamlText.split('\n').findIndex((l) => /:\s+'[st][- ]/i.test(l) && !/:\s+'[^']*''/.test(l));
    if (quoted >= 0) {
      const line = entry.yamlText.split('\n')[quoted];
      findings.error({
        file: entry.file,
        line: entry.yamlLine + quoted,
        field: line.split(':')[0].trim(),
        expected: 'een naam met apostrof tussen dubbele aanhalingstekens',
        found: line.trim(),
        todo: `schrijf ${line.split(':')[0].trim()}: "${line.split(/:\s+/).slice(1).join(': ').replace(/^'|'$/g, '').replace(/^/, "'")}" (een enkele ' aan het begin leest YAML als aanhalingsteken).`,
      });
      continue;
    }
    if (entry.yamlError) {
      findings.error({
        file: entry.file,
        line: entry.yamlError.line,
        field: `(YAML, regel ${entry.yamlError.line})`,
        expected: 'geldige YAML',
        found: entry.yamlError.reason,
        todo: 'meestal een dubbele punt of aanhalingsteken in een tekst: zet de tekst tussen dubbele aanhalingstekens, zoals activity: "Warmte: wandeling".',
      });
    }
  }
}

/**
 * Checks a content folder. `spelling: false` skips the (slower) spelling warnings, as the build does.
 * @returns {Promise<{ errors: import('./report.mjs').Problem[], warnings: import('./report.mjs').Problem[], count: number }>}
 */
export async function checkContent(contentDir, { root = resolve(import.meta.dirname, '../../..'), spelling = true } = {}) {
  const dir = resolve(contentDir);
  const spellingWarnings = spelling ? startSpelling(dir, root) : Promise.resolve([]);
  const content = readContent(dir);
  const findings = new Findings();
  for (const entry of Object.values(content).flat()) {
    const p = encodingProblem(entry.bytes);
    if (p) {
      findings.error({ file: entry.file, ...p });
      entry.data = undefined;
    }
  }
  checkYaml(content, findings);
  checkSlugs(content, findings);
  checkReferences(content, findings);
  checkEditionsAndLinks(content, dir, findings);
  const images = checkDataImages(content, findings);
  await checkBodies(content, findings);
  await images;
  await checkSchemas(content, dir, findings);
  for (const w of await spellingWarnings) findings.warn(w);
  const count = Object.values(content).reduce((n, list) => n + list.length, 0);
  return { errors: findings.errors, warnings: findings.warnings, count };
}
