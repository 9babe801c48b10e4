#!/usr/bin/env node
// Checks every content entry in seconds, without building pages: first what the
// schemas cannot see (references across collections, image files, slugs), then
// the schemas themselves through `astro sync`. Prints file, field, what was
// expected and what was found, in plain Dutch; exits 1 on any error.
// Usage: npm run check:content   (env BUURKRACHT_CONTENT picks another content folder)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
// Node 24 runs these TypeScript modules directly, so the lists are never copied here.
import { reservedSlugs, slugPattern } from '../src/lib/urls.ts';
import { articleKinds as kindLabels } from '../src/schemas/articleKinds.ts';
import { missingImages } from './lib/check-images.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = resolve(process.env.BUURKRACHT_CONTENT ?? join(root, 'content'));
const show = (file) => relative(process.cwd(), file) || file;

/** Every problem found: file, field, expected, found. */
const problems = [];
const warnings = [];
const report = (list, file, field, expected, found) => list.push({ file, field, expected, found });
const describe = (value) => (value === undefined ? 'niets' : JSON.stringify(value));

/** Collections and how their files are named, as in src/content.config.ts. */
const collections = {
  articles: '.mdx',
  actions: '.mdx',
  editions: '.yaml',
  places: '.yaml',
  municipalities: '.yaml',
  themes: '.yaml',
  pages: '.mdx',
};

function load(file) {
  const text = readFileSync(file, 'utf8');
  const source = file.endsWith('.mdx') ? text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] : text;
  if (source === undefined) {
    report(problems, file, '(frontmatter)', 'een blok tussen twee regels --- bovenaan het bestand', 'geen frontmatter');
    return undefined;
  }
  try {
    return yaml.load(source) ?? {};
  } catch (error) {
    report(problems, file, `(YAML, regel ${(error.mark?.line ?? 0) + (file.endsWith('.mdx') ? 2 : 1)})`, 'geldige YAML', error.reason ?? error.message);
    return undefined;
  }
}

const entries = {};
for (const [name, ext] of Object.entries(collections)) {
  const dir = join(contentDir, name);
  entries[name] = new Map();
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()) {
    const file = join(dir, f);
    entries[name].set(f.slice(0, -ext.length), { file, data: load(file) });
  }
}

const collectionNames = {
  articles: 'een bestaand artikel in content/articles/',
  actions: 'een bestaande actie in content/actions/',
  editions: 'een bestaande editie in content/editions/',
  places: 'een bestaande plaats in content/places/',
  municipalities: 'een bestaande gemeente in content/municipalities/',
  themes: 'een bestaand thema in content/themes/',
  pages: 'een bestaande pagina in content/pages/',
};

function ref(file, field, value, target) {
  if (value === undefined || value === null) return;
  const id = String(value);
  if (!entries[target].has(id)) {
    const known = [...entries[target].keys()];
    report(problems, file, field, `${collectionNames[target]} (${known.join(', ')})`, describe(value));
  }
}
const refs = (file, field, values, target) => {
  if (!Array.isArray(values)) return;
  for (const [i, v] of values.entries()) ref(file, `${field}[${i}]`, v, target);
};

for (const kind of ['articles', 'actions']) {
  for (const [id, { file, data }] of entries[kind]) {
    if (!slugPattern.test(id)) report(problems, file, '(bestandsnaam)', 'kleine letters, cijfers en losse streepjes, want de naam wordt de URL', id);
    if (reservedSlugs.includes(id)) report(problems, file, '(bestandsnaam)', `een naam die geen onderdeel van de site is (${reservedSlugs.join(', ')})`, id);
    const other = kind === 'articles' ? 'actions' : 'articles';
    if (kind === 'articles' && entries[other].has(id)) {
      report(
        problems,
        file,
        '(bestandsnaam)',
        'een naam die niet ook als actie bestaat: artikelen en acties delen dezelfde URL’s',
        `${id} (ook ${show(entries[other].get(id).file)})`,
      );
    }
    if (!data) continue;
    ref(file, 'edition', data.edition, 'editions');
    refs(file, 'themes', data.themes, 'themes');
    refs(file, 'relatedArticles', data.relatedArticles, 'articles');
    refs(file, 'relatedActions', data.relatedActions, 'actions');
    if (kind === 'actions') ref(file, 'place', data.place, 'places');
    else {
      refs(file, 'places', data.places, 'places');
      refs(file, 'municipalities', data.municipalities, 'municipalities');
    }
  }
}
for (const { file, data } of entries.places.values()) if (data) ref(file, 'municipality', data.municipality, 'municipalities');
for (const name of ['places', 'municipalities', 'themes']) {
  for (const [id, { file }] of entries[name]) {
    if (!slugPattern.test(id)) report(problems, file, '(bestandsnaam)', 'kleine letters, cijfers en losse streepjes, want de naam wordt de URL', id);
  }
}
for (const { file, data } of entries.editions.values()) {
  if (!data) continue;
  (data.toc ?? []).forEach((item, i) => {
    ref(file, `toc[${i}].article`, item?.article, 'articles');
    ref(file, `toc[${i}].action`, item?.action, 'actions');
    ref(file, `toc[${i}].about`, item?.about, 'pages');
    for (const [field, target] of [
      ['article', 'articles'],
      ['action', 'actions'],
    ]) {
      const entry = item?.[field] && entries[target].get(String(item[field]));
      if (entry?.data?.draft === true)
        report(warnings, file, `toc[${i}].${field}`, 'een gepubliceerd stuk (de inhoudsopgave linkt ernaar)', `${item[field]}, dat nog draft: true heeft`);
    }
  });
}

// Every image field in every collection, the same check the build runs before Astro.
for (const m of missingImages(contentDir)) {
  const field = m.field.replace(/\.(\d+)/g, '[$1]');
  report(
    problems,
    m.file,
    field,
    'een beeldbestand dat bestaat, relatief aan dit bestand (npm run illustrate tekent er een)',
    `${m.value} (niet gevonden: ${show(m.path)})`,
  );
}

const articleKinds = Object.keys(kindLabels);
const typeNames = {
  number: 'een getal',
  string: 'tekst',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een groep velden',
  date: 'een datum',
  undefined: 'niets',
};
const nl = (n) => n.replace('.', ',');

/** zod's own English messages, in the plain Dutch the rest of the report uses. */
function translate(field, message) {
  if (message === 'Required' || /received undefined/.test(message)) return 'een waarde: dit veld is verplicht';
  if (field === 'kind' && /union/i.test(message)) return `een van: ${articleKinds.join(', ')}`;
  const type = message.match(/Expected (?:type )?`?"?(\w+)"?`?, received `?"?(\w+)"?`?/i);
  // An unreadable date arrives as an Invalid Date object, which zod calls an object.
  if (type?.[1] === 'date') return 'een datum als JJJJ-MM-DD, bijvoorbeeld 2025-03-12';
  if (type) return `${typeNames[type[1]] ?? type[1]} (nu ${typeNames[type[2]] ?? type[2]})`;
  const small = message.match(/Too small: expected number to be >=?([\d.]+)/);
  if (small) return `een getal van minstens ${nl(small[1])}`;
  const big = message.match(/Too big: expected number to be <=?([\d.]+)/);
  if (big) return `een getal van hoogstens ${nl(big[1])}`;
  const options = message.match(/expected one of (.*)$/);
  if (options) return `één van: ${[...options[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]).join(', ')}`;
  return message;
}

/** Runs the schemas. astro sync stops at the first invalid entry, so this shows one schema error at a time. */
function schemas() {
  const result = spawnSync('astro', ['sync'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BUURKRACHT_CONTENT: contentDir,
      // CI environments make Astro colour its output; the parser below reads plain text.
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  if (result.status === 0) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
  const out = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  const location = out.match(/Location:\s*\n\s*(.+?)(?::\d+:\d+)?\s*$/m)?.[1];
  const header = out.match(/\[(\w+Error)\]\s*(.*)/);
  const file = location ?? '(onbekend bestand)';
  // A YAML error was already reported above, with its line; astro's stack trace adds nothing.
  if (location && problems.some((p) => p.file === resolve(location) && p.field.startsWith('(YAML'))) return false;
  const data = location ? [...Object.values(entries)].flatMap((m) => [...m.values()]).find((e) => e.file === resolve(location))?.data : undefined;
  const issues = out
    .slice(header?.index ?? 0)
    .split('\n')
    .map((line) => line.replace(/\*\*/g, '').trim())
    .filter((line) => /^[\w.[\]-]+: /.test(line) && !/^(Hint|Location|Error reference|Stack trace)/.test(line));
  if (header && issues.length > 0) {
    for (const line of issues) {
      const [, raw, message] = line.match(/^([\w.[\]-]+): (?:[\w.[\]-]+: )?(.*)$/) ?? [];
      const field = raw.replace(/\.(\d+)/g, '[$1]');
      const found = field
        .split(/[.[\]]+/)
        .filter(Boolean)
        .reduce((v, k) => (v == null ? undefined : v[k]), data);
      // The schemas' own error map already says "verwacht …, gevonden: …"; keep its two halves.
      // The same field may already be reported by the cross-collection checks above.
      if (problems.some((p) => p.file === resolve(file) && p.field === field)) continue;
      const own = message.match(/^verwacht (.*), gevonden: (.*)$/);
      if (own) report(problems, file, field, own[1], own[2]);
      else report(problems, file, field, translate(field, message), describe(found));
    }
  } else {
    report(problems, file, '(schema)', 'een bestand dat astro sync accepteert', (header?.[2] ?? out.trim().split('\n').slice(-15).join('\n')).trim());
  }
  return false;
}

const started = performance.now();
schemas();

const print = (list) => {
  for (const { file, field, expected, found } of list) {
    console.error(`\n${show(file)}\n  veld:     ${field}\n  verwacht: ${expected}\n  gevonden: ${found}`);
  }
};
if (warnings.length > 0) {
  console.error(`Let op (${warnings.length}):`);
  print(warnings);
}
const count = [...Object.values(entries)].reduce((n, m) => n + m.size, 0);
if (problems.length > 0) {
  console.error(`\n${problems.length} fout(en) in de content:`);
  print(problems);
  console.error(`\nDe content is niet in orde. De redactiegids (docs/redactiegids.md) legt elke melding uit.`);
  process.exit(1);
}
console.log(`${count} bestanden in orde (${((performance.now() - started) / 1000).toFixed(1)} s).`);
