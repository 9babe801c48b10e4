#!/usr/bin/env node
// Writes a new draft article or action with every required field filled in and
// explained, plus a placeholder illustration, so an editor starts from a file
// that already builds. Refuses to overwrite a file or take a reserved slug.
// Fields, their order and their Dutch explanations come from the content model (src/model/).
// Usage: npm run new -- --kind succesverhaal --title "Titel" [--slug naam] [--place id] [--theme id] [--edition jaar]
//        npm run new            (asks, when run in a terminal)
// env BUURKRACHT_CONTENT picks another content folder (the build tests use a temp copy).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { articleKinds, collections, fieldsOf, illustrationFolder, placeholder, slugify, slugProblem } from '../src/model/index.ts';
import { idOf } from './lib/check/slugs.mjs';
import { readContent } from './lib/entries.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = resolve(process.env.BUURKRACHT_CONTENT ?? join(root, 'content'));

/** What editors type: an article kind, or "actie" for an inspiring action. */
const kinds = [...Object.keys(articleKinds), 'actie'];

function flags(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[i + 1]?.startsWith('--') ? 'true' : argv[++i];
  }
  return out;
}

/** The values a new entry starts with. Fields without one are left out; `examples` are written commented out. */
function startingValues({ kind, title, slug, edition, theme, place }) {
  const piece = {
    title,
    lead: placeholder('Schrijf hier in één of twee zinnen waar dit stuk over gaat; dit wordt ook de tekst in zoekmachines.'),
    edition,
    themes: [theme],
    people: [],
    hero: { src: `../${illustrationFolder}/${slug}.png`, alt: placeholder('Beschrijf wat er op het beeld te zien is, voor wie het niet kan zien.') },
    relatedArticles: [],
    relatedActions: [],
    draft: true,
  };
  if (kind === 'actie') return { values: { ...piece, place, activity: placeholder('Actie'), printPage: 1 }, examples: {} };
  const variant = {
    interview: { interviewee: { name: placeholder('Naam'), role: placeholder('Rol, bijvoorbeeld kartrekker dorpsteam') } },
    partners: { partners: [placeholder('Naam partner')] },
    academie: { course: { name: placeholder('Naam van de training'), format: placeholder('Vorm, bijvoorbeeld vier online sessies') } },
  }[kind];
  return {
    values: { ...piece, kind, places: place ? [place] : [], municipalities: [], ...variant },
    examples: { printPages: { from: 1, to: 2 } },
  };
}

/** The frontmatter of a new entry: every field in the model's order, each with its hint above it. */
function frontmatter(collection, kind, { values, examples }) {
  const { variants, fields: own } = collections[collection];
  // The variant's key (an article's kind) and the fields only that kind has come right after the edition.
  const variantOnly = Object.entries(fieldsOf(collection, kind)).filter(([name]) => !(name in own));
  const fields = Object.entries(fieldsOf(collection, kind)).filter(([name]) => name in own);
  if (variants) fields.splice(fields.findIndex(([name]) => name === 'edition') + 1, 0, [variants.key, variants], ...variantOnly);
  const lines = ['# Concept, gemaakt met npm run new. Vervang alles wat tussen [ ] staat en zet draft op false om te publiceren.'];
  for (const [name, field] of fields) {
    const dump = (value) => (field.type === 'date' ? `${name}: ${value}` : yaml.dump({ [name]: value }, { lineWidth: -1, quotingType: '"' }).trimEnd());
    if (values[name] !== undefined) lines.push(`# ${field.hint}`, dump(values[name]));
    else if (examples[name] !== undefined) {
      lines.push(
        `# ${field.hint} Haal de # weg om ze in te vullen.`,
        ...dump(examples[name])
          .split('\n')
          .map((l) => `# ${l}`),
      );
    }
  }
  return lines.join('\n');
}

const body = `
${placeholder('Eerste alinea: wie, wat, waar. Schrijf kort en concreet.')}

## ${placeholder('Tussenkop')}

${placeholder('Meer tekst. Een tussenkop begint met twee hekjes.')}
`;

async function ask(opts, content) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    while (!kinds.includes(opts.kind)) opts.kind = (await rl.question(`Soort (${kinds.join(', ')}): `)).trim();
    while (!opts.title || opts.title.trim().length < 3) opts.title = (await rl.question('Titel: ')).trim();
    const suggested = opts.slug ?? slugify(opts.title);
    opts.slug = (await rl.question(`Bestandsnaam en webadres [${suggested}]: `)).trim() || suggested;
    if (opts.kind === 'actie' || opts.kind === 'succesverhaal') {
      opts.place ??= (await rl.question(`Plaats (${content.places.map((p) => p.id).join(', ')}): `)).trim() || undefined;
    }
  } finally {
    rl.close();
  }
}

function fail(message) {
  console.error(`Niet aangemaakt: ${message}`);
  process.exit(1);
}

async function main() {
  const opts = flags(process.argv.slice(2));
  const content = readContent(contentDir);
  if (process.stdin.isTTY && (!opts.kind || !opts.title)) await ask(opts, content);
  if (!kinds.includes(opts.kind)) fail(`--kind moet een van deze zijn: ${kinds.join(', ')} (gevonden: ${opts.kind ?? 'niets'}).`);
  if (!opts.title || opts.title.trim().length < 3) fail('geef een titel van minstens 3 tekens met --title "..."');
  const slug = opts.slug ?? slugify(opts.title);
  const problem = slugProblem(slug);
  if (problem) fail(`"${slug}" kan geen bestandsnaam worden: verwacht ${problem}. Kies met --slug een andere naam.`);
  // Articles and actions share the top-level URLs, so a name may be used once across both folders.
  const taken = [...content.articles, ...content.actions].find((e) => e.id === slug || idOf(e) === slug);
  if (taken) fail(`${relative(process.cwd(), taken.file)} bestaat al met die naam; kies met --slug een andere naam.`);
  const ids = (name) => content[name].map((e) => e.id);
  const theme = opts.theme ?? ids('themes')[0];
  if (!ids('themes').includes(theme)) fail(`thema "${theme}" bestaat niet in content/themes/ (wel: ${ids('themes').join(', ')}).`);
  const needsPlace = opts.kind === 'actie' || opts.kind === 'succesverhaal';
  const place = opts.place ?? (needsPlace ? ids('places')[0] : undefined);
  if (place && !ids('places').includes(place)) fail(`plaats "${place}" bestaat niet in content/places/ (wel: ${ids('places').join(', ')}).`);
  const newest = content.editions.toSorted((a, b) => (b.data?.year ?? 0) - (a.data?.year ?? 0))[0]?.id;
  const edition = opts.edition ?? newest;
  if (!edition) fail('er is nog geen editie in content/editions/.');
  if (!ids('editions').includes(edition)) fail(`editie "${edition}" bestaat niet in content/editions/ (wel: ${ids('editions').join(', ')}).`);

  const collection = opts.kind === 'actie' ? 'actions' : 'articles';
  const { folder, extension } = collections[collection];
  const file = join(contentDir, folder, `${slug}${extension}`);
  const values = startingValues({ kind: opts.kind, title: opts.title.trim(), slug, edition, theme, place });
  writeFileSync(file, `---\n${frontmatter(collection, opts.kind, values)}\n---\n${body}`, { flag: 'wx' });
  const drawn = spawnSync(process.execPath, [join(root, 'scripts/illustrate.mjs'), '--content', contentDir], { stdio: 'inherit' });
  if (drawn.status !== 0) fail('de tijdelijke illustratie kon niet getekend worden (zie hierboven).');
  console.log(`\nAangemaakt: ${relative(process.cwd(), file)} (concept, draft: true).`);
  console.log('Vul de velden tussen [ ] in, controleer met npm run check:content en bekijk het met npm run dev.');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
