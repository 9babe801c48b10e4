// A finding of the content check and how it is printed: file and line, field, what was expected,
// what was found and what to do, in Dutch. The build prints the same text when it refuses content.
import { relative } from 'node:path';

/**
 * @typedef {object} Problem
 * @property {string} file
 * @property {number} [line]
 * @property {string} field "themes[0]", or "(bestandsnaam)", "(tekst)" for the file name or the body
 * @property {string} expected
 * @property {string} found
 * @property {string} [todo] what the editor does about it
 */

/** A list of errors and one of warnings, filled by every check. */
export class Findings {
  /** @type {Problem[]} */ errors = [];
  /** @type {Problem[]} */ warnings = [];
  /** @param {Problem} p */ error(p) {
    this.errors.push(p);
  }
  /** @param {Problem} p */ warn(p) {
    this.warnings.push(p);
  }
  /** True when this file and field already has an error, so a second check does not repeat it. */
  has(file, field) {
    return this.errors.some((p) => p.file === file && p.field === field);
  }
}

const show = (file) => relative(process.cwd(), file) || file;

/** One problem as the editor reads it. */
export function formatProblem({ file, line, field, expected, found, todo }) {
  const lines = [`${show(file)}${line ? `:${line}` : ''}`];
  if (line) lines.push(`  regel:    ${line}`);
  lines.push(`  veld:     ${field}`, `  verwacht: ${expected}`, `  gevonden: ${found}`);
  if (todo) lines.push(`  wat nu:   ${todo[0]?.toUpperCase()}${todo.slice(1)}`);
  return lines.join('\n');
}

/** By file, then line: the order an editor works through them. */
const byPlace = (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

/** The whole report: warnings first ("Let op"), then errors; returns the text. */
export function formatFindings(findings) {
  const errors = findings.errors.toSorted(byPlace);
  const warnings = findings.warnings.toSorted(byPlace);
  const out = [];
  if (warnings.length > 0) out.push(`Let op (${warnings.length}):`, ...warnings.map((w) => `\n${formatProblem(w)}`));
  if (errors.length > 0) {
    out.push(`\n${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'} in de content:`, ...errors.map((e) => `\n${formatProblem(e)}`));
    out.push('\nDe content is niet in orde. De redactiegids (docs/redactiegids.md) legt elke melding uit.');
  }
  return out.join('\n');
}
