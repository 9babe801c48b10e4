// The body of every MDX file, compiled as the build compiles it (../mdx/scan.mjs), plus what needs the
// files around it: images in the text, monitor figures that exist, and placeholders from `npm run new`
// left in a published entry (in the text and in the frontmatter).
import { formatPath, placeholderPattern } from '../../../src/model/index.ts';
import { lineOf } from '../entries.mjs';
import { scanMdx } from '../mdx/scan.mjs';
import { describedProblems, imageProblem, isPhoto } from './images.mjs';

/** Every string in a value, with its path. */
function* strings(value, path = []) {
  if (typeof value === 'string') yield { path, value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

const placeholderTodo = 'vervang de tijdelijke tekst tussen [ ] door je eigen tekst, of zet draft: true zolang het stuk niet af is.';

function placeholdersInData(entry, findings) {
  for (const { path, value } of strings(entry.data)) {
    const hit = value.match(placeholderPattern)?.[0];
    if (hit)
      findings.error({ file: entry.file, line: lineOf(entry, path), field: formatPath(path), expected: 'je eigen tekst', found: hit, todo: placeholderTodo });
  }
}

/** The figure ids of each monitor year whose data lists them (`figures: [{ id }]`). */
function figureIds(content) {
  const years = new Map();
  for (const m of content.monitor) {
    if (Array.isArray(m.data?.figures)) years.set(Number(m.data.year ?? m.id), new Set(m.data.figures.map((f) => f?.id)));
  }
  return years;
}

function figureProblem(use, entry, figures) {
  const newest = Math.max(...figures.keys());
  const year = Number(use.props.jaar ?? entry.data?.year ?? newest);
  const ids = figures.get(year);
  if (!ids)
    return {
      expected: `een monitorjaar dat bestaat (${[...figures.keys()].join(', ')})`,
      found: `jaar ${year}`,
      todo: `maak content/monitor/${year}.yaml aan of kies een ander jaar.`,
    };
  if (typeof use.props.id === 'string' && !ids.has(use.props.id)) {
    return {
      expected: `een figuur uit content/monitor/${year}.yaml (${[...ids].join(', ')})`,
      found: `id="${use.props.id}"`,
      todo: 'kies een id uit de lijst.',
    };
  }
  return undefined;
}

/** Checks the MDX body of every entry. */
export async function checkBodies(content, findings) {
  const figures = figureIds(content);
  const jobs = [];
  for (const entries of Object.values(content)) {
    for (const entry of entries) {
      const published = entry.data && entry.data.draft !== true;
      if (published && entry.collection !== 'monitor') placeholdersInData(entry, findings);
      if (!entry.file.endsWith('.mdx') || findings.has(entry.file, '(codering)')) continue;
      const { problems, uses, images, texts } = scanMdx(entry.text);
      const at = (line) => ({ file: entry.file, line, field: '(tekst)' });
      for (const p of problems) findings.error({ ...at(p.line), ...p });
      if (published) {
        for (const t of texts) {
          const hit = t.value.match(placeholderPattern)?.[0];
          if (hit) findings.error({ ...at(t.line), expected: 'je eigen tekst', found: hit, todo: placeholderTodo });
        }
      }
      const image = (line, src, described) => {
        for (const p of described) findings.error({ ...at(line), ...p, field: `(tekst) ${p.field}` });
        jobs.push(Promise.resolve(imageProblem(entry.file, src)).then((p) => p && findings.error({ ...at(line), ...p })));
      };
      for (const img of images) {
        // Markdown has no place for a credit: a photo gets the advice to use <Foto> instead.
        const described = describedProblems(entry.file, img.url, img.alt, undefined, false);
        if (isPhoto(entry.file, img.url)) {
          described.push({
            field: 'foto',
            expected: 'een foto als <Foto src="…" alt="…" credit="…" />, zodat de fotograaf erbij staat',
            found: `![${img.alt}](${img.url})`,
            todo: `schrijf <Foto src="${img.url}" alt="${img.alt || '…'}" credit="…" />.`,
          });
        }
        image(img.line, img.url, described);
      }
      for (const use of uses) {
        if (use.name === 'Foto' && typeof use.props.src === 'string') {
          // A missing alt or credit prop is the scan's finding already; here only one that is too short.
          const needsCredit = use.props.credit !== undefined && isPhoto(entry.file, use.props.src);
          const described = describedProblems(entry.file, use.props.src, use.props.alt, use.props.credit, needsCredit);
          image(
            use.line,
            use.props.src,
            described.filter((p) => p.field !== 'alt' || use.props.alt !== undefined),
          );
        }
        if (use.name === 'Figuur' && figures.size > 0) {
          const p = figureProblem(use, entry, figures);
          if (p) findings.error({ ...at(use.line), ...p });
        }
      }
    }
  }
  await Promise.all(jobs);
}
