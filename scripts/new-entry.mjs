#!/usr/bin/env node
// Writes a new draft article or action with every required field filled in and
// explained, plus a placeholder illustration, so an editor starts from a file
// that already builds. Refuses to overwrite a file or take a reserved slug.
// Usage: npm run new -- --kind succesverhaal --title "Titel" [--slug naam] [--place id] [--theme id]
//        npm run new            (asks, when run in a terminal)
// env BUURKRACHT_CONTENT picks another content folder (the build tests use a temp copy).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { reservedSlugs } from '../src/lib/urls.ts';
// The lists live in the site's own modules; Node 24 runs these TypeScript files directly.
import { articleKinds } from '../src/schemas/articleKinds.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = resolve(process.env.BUURKRACHT_CONTENT ?? join(root, 'content'));

const kinds = [...Object.keys(articleKinds), 'actie'];

function flags(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[i + 1]?.startsWith('--') ? 'true' : argv[++i];
  }
  return out;
}

export function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ids = (folder, ext) =>
  existsSync(join(contentDir, folder))
    ? readdirSync(join(contentDir, folder))
        .filter((f) => f.endsWith(ext))
        .map((f) => f.slice(0, -ext.length))
        .sort()
    : [];

const q = (text) => JSON.stringify(text);

/** The frontmatter of a new entry, every field with the explanation the schema gives it. */
function frontmatter({ kind, title, slug, edition, theme, place }) {
  const lines = [
    `# Concept, gemaakt met npm run new. Vervang alles wat tussen [ ] staat en zet draft op false om te publiceren.`,
    `# Titel van het stuk, zonder punt aan het eind. Hoogstens 90 tekens.`,
    `title: ${q(title)}`,
    `# Intro van één of twee zinnen (50-220 tekens). Wordt ook de omschrijving in zoekmachines.`,
    `lead: "[Schrijf hier in één of twee zinnen waar dit stuk over gaat; dit wordt ook de tekst in zoekmachines.]"`,
    `# Editie van het magazine: de bestandsnaam in content/editions/, bijvoorbeeld 2025.`,
    `edition: ${edition}`,
  ];
  if (kind !== 'actie') lines.push(`# Soort artikel: ${Object.keys(articleKinds).join(', ')}.`, `kind: ${kind}`);
  if (kind === 'interview') {
    lines.push(
      `# Wie er geïnterviewd wordt: naam precies zoals gedrukt, en rol of functie.`,
      `interviewee:`,
      `  name: "[Naam]"`,
      `  role: "[Rol, bijvoorbeeld kartrekker dorpsteam]"`,
    );
  }
  if (kind === 'partners') lines.push(`# Namen van de partners en fondsen.`, `partners:`, `  - "[Naam partner]"`);
  if (kind === 'academie') {
    lines.push(
      `# De training of cursus waar het stuk over gaat (mag weg als het niet over één training gaat).`,
      `course:`,
      `  name: "[Naam van de training]"`,
      `  format: "[Vorm, bijvoorbeeld vier online sessies]"`,
    );
  }
  if (kind === 'actie') {
    lines.push(
      `# De buurt, wijk of het dorp van de actie: de bestandsnaam in content/places/.`,
      `place: ${place}`,
      `# Wat de actie was, kort: "Regentonactie", "DorpsQuiz".`,
      `activity: "[Actie]"`,
      `# Pagina in het gedrukte magazine. Controleer dit nummer in de drukproef.`,
      `printPage: 1`,
    );
  } else {
    lines.push(
      `# Pagina's in het gedrukte magazine, alleen als het magazine ze noemt; haal het # weg om ze in te vullen.`,
      `# printPages:`,
      `#   from: 1`,
      `#   to: 2`,
      `# Plaatsen waar het stuk over gaat: bestandsnamen in content/places/.${kind === 'succesverhaal' ? ' Een succesverhaal heeft er minstens één.' : ''}`,
      place ? `places:\n  - ${place}` : `places: []`,
      `# Gemeenten waar het stuk over gaat zonder een bepaalde plaats te noemen: bestandsnamen in content/municipalities/.`,
      `municipalities: []`,
    );
  }
  lines.push(
    `# Thema's: bestandsnamen in content/themes/. Minstens één.`,
    `themes:`,
    `  - ${theme}`,
    `# Mensen die in het stuk genoemd worden, met hun rol (name, role, en eventueel organisation).`,
    `people: []`,
    `# Beeld bovenaan het stuk. De tijdelijke illustratie is al getekend; alt beschrijft wat er te zien is (10-250 tekens).`,
    `hero:`,
    `  src: ../illustrations/${slug}.png`,
    `  alt: "[Beschrijf wat er op het beeld te zien is, voor wie het niet kan zien.]"`,
    `# Verwante artikelen en acties: bestandsnamen in content/articles/ en content/actions/.`,
    `relatedArticles: []`,
    `relatedActions: []`,
    `# true = concept: wordt niet gepubliceerd. Zet op false als het stuk klaar is.`,
    `draft: true`,
  );
  return lines.join('\n');
}

const body = `
[Eerste alinea: wie, wat, waar. Schrijf kort en concreet.]

## [Tussenkop]

[Meer tekst. Een tussenkop begint met twee hekjes.]
`;

async function ask(opts) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    while (!kinds.includes(opts.kind)) opts.kind = (await rl.question(`Soort (${kinds.join(', ')}): `)).trim();
    while (!opts.title || opts.title.trim().length < 3) opts.title = (await rl.question('Titel: ')).trim();
    const suggested = opts.slug ?? slugify(opts.title);
    opts.slug = (await rl.question(`Bestandsnaam en URL [${suggested}]: `)).trim() || suggested;
    if (opts.kind === 'actie' || opts.kind === 'succesverhaal') {
      const places = ids('places', '.yaml');
      opts.place ??= (await rl.question(`Plaats (${places.join(', ')}): `)).trim() || undefined;
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
  if (process.stdin.isTTY && (!opts.kind || !opts.title)) await ask(opts);
  if (!kinds.includes(opts.kind)) fail(`--kind moet een van deze zijn: ${kinds.join(', ')} (gevonden: ${opts.kind ?? 'niets'}).`);
  if (!opts.title || opts.title.trim().length < 3) fail('geef een titel van minstens 3 tekens met --title "..."');
  const slug = opts.slug ?? slugify(opts.title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) fail(`"${slug}" is geen geldige bestandsnaam: gebruik kleine letters, cijfers en losse streepjes.`);
  if (reservedSlugs.includes(slug)) fail(`"${slug}" is gereserveerd voor een onderdeel van de site; kies met --slug een andere naam.`);
  // Articles and actions share the top-level URLs, so a name may be used once across both folders.
  for (const folder of ['articles', 'actions']) {
    const existing = join(contentDir, folder, `${slug}.mdx`);
    if (existsSync(existing)) fail(`${relative(process.cwd(), existing)} bestaat al; kies met --slug een andere naam.`);
  }
  const themes = ids('themes', '.yaml');
  const places = ids('places', '.yaml');
  const editions = ids('editions', '.yaml');
  const theme = opts.theme ?? themes[0];
  if (!themes.includes(theme)) fail(`thema "${theme}" bestaat niet in content/themes/ (wel: ${themes.join(', ')}).`);
  const needsPlace = opts.kind === 'actie' || opts.kind === 'succesverhaal';
  const place = opts.place ?? (needsPlace ? places[0] : undefined);
  if (place && !places.includes(place)) fail(`plaats "${place}" bestaat niet in content/places/ (wel: ${places.join(', ')}).`);
  const edition = opts.edition ?? editions.at(-1);
  if (!edition) fail('er is nog geen editie in content/editions/.');

  const folder = opts.kind === 'actie' ? 'actions' : 'articles';
  const file = join(contentDir, folder, `${slug}.mdx`);
  writeFileSync(file, `---\n${frontmatter({ kind: opts.kind, title: opts.title.trim(), slug, edition, theme, place })}\n---\n${body}`, { flag: 'wx' });
  const drawn = spawnSync(process.execPath, [join(root, 'scripts/illustrate.mjs'), '--content', contentDir], { stdio: 'inherit' });
  if (drawn.status !== 0) fail('de tijdelijke illustratie kon niet getekend worden (zie hierboven).');
  console.log(`\nAangemaakt: ${relative(process.cwd(), file)} (concept, draft: true).`);
  console.log('Vul de velden tussen [ ] in, controleer met npm run check:content en bekijk het met npm run dev.');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
