// Names that become URLs: the file name, or a `slug:` in the frontmatter, which Astro then uses as the
// entry's id instead. Articles and actions share the top level, so a name may be used once in both.
import { relative } from 'node:path';
import { collections, slugPattern, slugProblem, slugWording } from '../../../src/model/index.ts';
import { lineOf } from '../entries.mjs';

/** The id Astro gives an entry: `slug:` when the frontmatter has one, else the file name. */
export const idOf = (entry) => (entry.data?.slug ? String(entry.data.slug) : entry.id);

const rename = (at) => (at.field === 'slug' ? 'kies een andere slug (of haal de regel slug: weg)' : 'hernoem het bestand en pas verwijzingen ernaar aan');

function where(entry) {
  return entry.data?.slug ? { field: 'slug', line: lineOf(entry, ['slug']) } : { field: '(bestandsnaam)', line: undefined };
}

export function checkSlugs(content, findings) {
  /** Entries by the name they claim: articles and actions share one space, other collections each their own. */
  const claims = new Map();
  for (const [name, entries] of Object.entries(content)) {
    const { url } = collections[name];
    for (const entry of entries) {
      const id = idOf(entry);
      const at = { file: entry.file, ...where(entry) };
      const problem = url === 'entry' ? slugProblem(id) : slugPattern.test(id) ? undefined : `${slugWording}, want de naam wordt een webadres of verwijzing`;
      if (problem) {
        findings.error({ ...at, expected: problem, found: id, todo: `${rename(at)}.` });
        continue;
      }
      const key = `${url === 'entry' ? 'entry' : name}:${id}`;
      claims.set(key, [...(claims.get(key) ?? []), entry]);
    }
  }
  // Astro keeps one entry per name and silently drops the others. The entry that took a name with
  // `slug:` is the one to blame; otherwise every file after the first.
  for (const [key, entries] of claims) {
    if (entries.length < 2) continue;
    const owner = entries.find((e) => !e.data?.slug) ?? entries[0];
    for (const entry of entries.filter((e) => e !== owner)) {
      const at = { file: entry.file, ...where(entry) };
      findings.error({
        ...at,
        expected: key.startsWith('entry:')
          ? 'een naam die nog niet bestaat: artikelen en acties delen dezelfde webadressen'
          : `een naam die nog niet bestaat in content/${collections[entry.collection].folder}/`,
        found: `${idOf(entry)} (ook ${relative(process.cwd(), owner.file)})`,
        todo: `${rename(at)}.`,
      });
    }
  }
  // An edition's page is /editie/<year>/, and pieces name their edition by file name: both must agree.
  for (const entry of content.editions) {
    const year = entry.data?.year;
    if (typeof year === 'number' && String(year) !== idOf(entry)) {
      findings.error({
        file: entry.file,
        line: lineOf(entry, ['year']),
        field: 'year',
        expected: `het jaar uit de bestandsnaam (${idOf(entry)}), want stukken verwijzen naar de editie met die naam`,
        found: String(year),
        todo: `hernoem het bestand naar ${year}.yaml of zet year: ${idOf(entry)}.`,
      });
    }
  }
}
