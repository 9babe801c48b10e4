// References between entries: every id a field names must exist in its collection. A miss gets a
// "bedoel je …?" with the nearest id, compared case-insensitively and also against the entries' names.
import { collections, formatPath, referencesOf, slugify } from '../../../src/model/index.ts';
import { found } from '../../../src/schemas/plain.ts';
import { lineOf } from '../entries.mjs';
import { idOf } from './slugs.mjs';

/** Levenshtein distance, two rows at a time. */
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The id an editor most likely meant, or undefined when nothing is close. */
export function nearest(value, entries) {
  const wanted = slugify(String(value));
  let best;
  for (const e of entries) {
    const names = [e.id, slugify(String(e.data?.name ?? e.data?.title ?? ''))].filter(Boolean);
    for (const name of names) {
      const d = name === wanted ? 0 : distance(wanted, name);
      if (!best || d < best.d) best = { id: e.id, d };
    }
  }
  if (!best) return undefined;
  // Close enough to be a typo (or a name written as printed, with capitals and spaces).
  return best.d <= Math.max(2, Math.floor(wanted.length / 4)) ? best.id : undefined;
}

/** "een bestaand thema in content/themes/ (aardgasvrij, …)" */
export function existing(name, entries) {
  const c = collections[name];
  const ids = entries.map((e) => e.id);
  const list = ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ');
  return `${c.article === 'het' ? 'een bestaand' : 'een bestaande'} ${c.singular} in content/${c.folder}/ (${list})`;
}

/** Checks every reference of every entry whose YAML could be read. */
export function checkReferences(content, findings) {
  // Astro names an entry by its `slug:` when it has one, so references must use that name too.
  const byId = Object.fromEntries(Object.entries(content).map(([name, entries]) => [name, new Set(entries.map(idOf))]));
  for (const [name, entries] of Object.entries(content)) {
    for (const entry of entries) {
      if (!entry.data) continue;
      for (const ref of referencesOf(name, entry.data)) {
        if (ref.value === null || typeof ref.value === 'object') continue;
        if (byId[ref.collection].has(String(ref.value))) continue;
        const target = collections[ref.collection];
        const guess = nearest(ref.value, content[ref.collection]);
        findings.error({
          file: entry.file,
          line: lineOf(entry, ref.path),
          field: formatPath(ref.path),
          expected: existing(ref.collection, content[ref.collection]),
          found: `${found(String(ref.value))}${guess ? ` (bedoel je "${guess}"?)` : ''}`,
          todo: guess
            ? `schrijf ${guess}: de bestandsnaam zonder ${target.extension}, in kleine letters.`
            : `kies een ${target.singular} uit de lijst, of maak content/${target.folder}/${slugify(String(ref.value)) || 'naam'}${target.extension} aan.`,
        });
      }
    }
  }
}
