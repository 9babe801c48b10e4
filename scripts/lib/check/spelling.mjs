// Likely misspellings in titles, leads and body text, with cspell's Dutch dictionary (cspell.config.yaml)
// and the project's word list. Warnings, never errors: a name or a new word must not stop a publication.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { lineOf, readContent } from '../entries.mjs';
import { scanMdx } from '../mdx/scan.mjs';
import { Findings } from './report.mjs';

/** Names the content itself defines: places, municipalities, people, partners, themes. */
function namesIn(content) {
  const names = [];
  const add = (v) => typeof v === 'string' && names.push(...v.split(/[\s/()]+/));
  for (const e of [...content.places, ...content.municipalities, ...content.themes]) add(e.data?.name);
  for (const e of [...content.articles, ...content.actions]) {
    for (const p of [...(e.data?.people ?? []), e.data?.interviewee]) {
      add(p?.name);
      add(p?.organisation);
    }
    for (const p of e.data?.partners ?? []) add(p);
  }
  return names.map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w.length > 1);
}

/**
 * Rebuilds the prose of one file line by line (title, lead, text nodes, at their own lines) so cspell's
 * offsets map back to the file's lines.
 */
function proseLines(entry, texts) {
  const lines = [];
  const put = (line, value) => {
    value.split('\n').forEach((part, k) => {
      lines[line - 1 + k] = `${lines[line - 1 + k] ?? ''} ${part}`;
    });
  };
  for (const field of ['title', 'lead', 'description']) {
    if (typeof entry.data?.[field] === 'string') put(lineOf(entry, [field]), entry.data[field]);
  }
  for (const t of texts) put(t.line, t.value);
  return Array.from(lines, (l) => l ?? '');
}

/** Adds a warning per unknown word (once per file), with cspell's first suggestion. */
async function checkSpelling(content, prose, root, findings) {
  const lib = await import('cspell-lib');
  const config = await lib.readSettings(join(root, 'cspell.config.yaml'));
  const settings = lib.mergeSettings(config, { words: namesIn(content) });
  const dictionary = await lib.getDictionary(lib.constructSettingsForText(settings, '', 'plaintext'));
  for (const [entry, texts] of prose) {
    if (entry.data?.draft === true) continue;
    // cspell knows the typewriter apostrophe only; the curly one is one character too, so positions stay put.
    const text = proseLines(entry, texts).join('\n').replaceAll('’', "'");
    const document = { uri: pathToFileURL(entry.file).href, text, languageId: 'plaintext', locale: 'nl' };
    const { issues } = await lib.spellCheckDocument(document, { generateSuggestions: false, noConfigSearch: true }, settings);
    const headerEnd = entry.yamlLine + (entry.yamlText?.split('\n').length ?? 0);
    const seen = new Set();
    for (const issue of issues) {
      if (seen.has(issue.text)) continue;
      seen.add(issue.text);
      const line = (issue.line?.position?.line ?? 0) + 1;
      const [suggestion] = dictionary.suggest(issue.text, { numSuggestions: 1, ignoreCase: false }).map((s) => s.word);
      findings.warn({
        file: entry.file,
        line,
        field: line < headerEnd ? '(spelling, kop)' : '(spelling)',
        expected: 'een woord uit het Nederlandse woordenboek',
        found: `"${issue.text}"${suggestion && suggestion !== issue.text ? ` (bedoel je "${suggestion}"?)` : ''}`,
        todo: 'verbeter de spelling, of zet een naam of vakterm die goed is in content/woordenlijst.txt.',
      });
    }
  }
}

/** The spelling check of a content folder, on its own: it reads the files and their prose itself. */
async function spellFolder(contentDir, root) {
  const content = readContent(contentDir);
  const prose = new Map();
  for (const entry of Object.values(content).flat()) {
    if (entry.file.endsWith('.mdx') && entry.data) prose.set(entry, scanMdx(entry.text).texts);
  }
  const findings = new Findings();
  await checkSpelling(content, prose, root, findings);
  return findings.warnings;
}

/**
 * Starts the spelling check in a worker thread: loading the Dutch dictionary takes seconds, which the
 * other checks use on the other core. Resolves to the warnings.
 */
export function startSpelling(contentDir, root) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { contentDir, root } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

if (!isMainThread && workerData?.contentDir) {
  parentPort?.postMessage(await spellFolder(workerData.contentDir, workerData.root));
}
