// The one reader of content files for every script: an entry's text, where its frontmatter and body
// start, and its data as Astro reads it (js-yaml). Line numbers of fields come from the same text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { collections } from '../../src/model/index.ts';

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * @typedef {object} Entry
 * @property {string} file absolute path
 * @property {string} collection model name ("articles")
 * @property {string} id file name without extension
 * @property {Buffer} bytes
 * @property {string} text
 * @property {string | undefined} yamlText the frontmatter (MDX) or the whole file (YAML)
 * @property {number} yamlLine line of the file where yamlText starts
 * @property {Record<string, any> | undefined} data undefined when the YAML could not be read
 * @property {{ line: number, reason: string } | undefined} yamlError
 */

/** Reads one content file. Never throws on bad content: problems are in `yamlError` or a missing `yamlText`. */
export function readEntry(file, collection = '', id = '') {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  const isMdx = file.endsWith('.mdx');
  const yamlText = isMdx ? text.match(frontmatterPattern)?.[1] : text;
  const yamlLine = isMdx ? 2 : 1;
  /** @type {Entry} */
  const entry = { file, collection, id, bytes, text, yamlText, yamlLine, data: undefined, yamlError: undefined };
  if (yamlText === undefined) return entry;
  try {
    const data = yaml.load(yamlText, { filename: file }) ?? {};
    entry.data = typeof data === 'object' && !Array.isArray(data) ? data : undefined;
    if (!entry.data) entry.yamlError = { line: yamlLine, reason: 'de inhoud is geen lijst van velden (naam: waarde)' };
  } catch (error) {
    entry.yamlError = { line: yamlLine + (error.mark?.line ?? 0), reason: error.reason ?? error.message };
  }
  return entry;
}

/** The data of a content file, `{}` when it has none or it cannot be read: for scripts that only need values. */
export const readEntryData = (file) => readEntry(file).data ?? {};

/** Every entry of every collection in the model, by collection name, sorted by id. */
export function readContent(contentDir) {
  /** @type {Record<string, Entry[]>} */
  const out = {};
  for (const [name, { folder, extension }] of Object.entries(collections)) {
    const dir = join(contentDir, folder);
    out[name] = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(extension))
          .sort()
          .map((f) => readEntry(join(dir, f), name, f.slice(0, -extension.length)))
      : [];
  }
  return out;
}

const documents = new WeakMap();

/** The line of a field (path as in zod: ['toc', 3, 'article']), or of its nearest parent that exists. */
export function lineOf(entry, path) {
  if (entry.yamlText === undefined) return 1;
  let parsed = documents.get(entry);
  if (!parsed) {
    const lineCounter = new LineCounter();
    parsed = { doc: parseDocument(entry.yamlText, { lineCounter, uniqueKeys: false }), lineCounter };
    documents.set(entry, parsed);
  }
  let node = parsed.doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(p.key?.value ?? p.key) === String(key));
      if (!pair) break;
      offset = pair.key?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  return entry.yamlLine + parsed.lineCounter.linePos(offset).line - 1;
}
