// Names that become URLs: the file name, or a `slug:` in the frontmatter, which Astro then uses as the
// entry's id instead. Articles and actions share the top level, so a name may be used once in both.
import { relative } from 'node:path';
import { collections, slugPattern, slugProblem, slugWording } from '../../../src/model/index.ts';
import { lineOf } from '../entries.mjs';

/** The id Astro gives an entry: `slug:` when the frontmatter has one, else the file name. */
export const idOf = (entry) => (entry.data?.slug ? String(entry.data.slug) : entry.id);

function where(entry) {
  return entry.data?.slug ? { field: 'slug', line: lineOf(entry, ['slug']) } : { field: '(bestandsnaam)', line: undefined };
}

export function checkSlugs(content, findings) {
  const taken = new Map();
  for (const [name, entries] of Object.entries(content)) {
    const { url } = collections[name];
    for (const entry of entries) {
      const id = idOf(entry);
      const at = { file: entry.file, ...where(entry) };
      const rename = at.field === 'slug' ? 'kies een andere slug (of haal de regel slug: weg)' : 'hernoem het bestand en pas verwijzingen ernaar aan';
      const problem = url === 'entry' ? slugProblem(id) : slugPattern.test(id) ? undefined : `${slugWording}, want de naam wordt een webadres of verwijzing`;
      if (problem) {
        findings.error({ ...at, expected: problem, found: id, todo: `${rename}.` });
        continue;
      }
      // Astro keeps one entry per id and silently drops the other; within a collection and across the pieces that is an error.
      const scope = url === 'entry' ? 'entry' : name;
      const key = `${scope}:${id}`;
      const other = taken.get(key);
      if (other) {
        findings.error({
          ...at,
          expected:
            scope === 'entry'
              ? 'een naam die nog niet bestaat: artikelen en acties delen dezelfde webadressen'
              : `een naam die nog niet bestaat in content/${collections[name].folder}/`,
          found: `${id} (ook ${relative(process.cwd(), other.file)})`,
          todo: `${rename}.`,
        });
      } else taken.set(key, entry);
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
