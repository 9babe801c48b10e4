import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The text inlined for a script file: the file trimmed, exactly as the layout prints it. */
export function inlineScriptText(file) {
  return readFileSync(file, 'utf8').trim();
}

/** CSP hash of a script that the layout inlines from `file`. */
export function inlineScriptHash(file) {
  return /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(inlineScriptText(file)).digest('base64')}`);
}
