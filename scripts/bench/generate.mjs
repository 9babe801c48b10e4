// Writes a complete, valid content folder with N synthetic articles next to the real
// content, outside content/ (the bench never touches what editors own), plus a bare
// Astro + MDX project over the same articles that serves as the speed floor.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const words = (
  'buren energie zonnepanelen isolatie buurt gemeente samen wijk warmte dak subsidie bewoners avond ' +
  'vereniging plan regenton groen tuin straat initiatief kennis avondje gesprek besparing klimaat dorp'
).split(' ');

// Deterministic, so every run builds exactly the same site.
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(rnd) {
  const n = 8 + Math.floor(rnd() * 12);
  const w = Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `${w.join(' ')}.`;
}

const paragraph = (rnd) => Array.from({ length: 4 }, () => sentence(rnd)).join(' ');

/**
 * The synthetic article's frontmatter: the one place to adapt when the content model changes
 * (a field added, renamed or dropped). Values are seeded by `i`, so every run builds the same site.
 * Titles vary in length like real ones, so cards use all three title sizes.
 */
export function syntheticFrontmatter(i, { themes, illustrations }) {
  const rnd = random(i * 7919 + 17);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const subject = Array.from({ length: 2 + Math.floor(rnd() * 11) }, () => pick(words)).join(' ');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  return {
    title: `Proefverhaal ${i}: ${subject}`.replace(/^(.{1,90})(\s.*)?$/, '$1'),
    lead: `${sentence(rnd)} ${sentence(rnd)} ${sentence(rnd)}`.slice(0, 200),
    date: `2025-${month}-${day}`,
    edition: 2025,
    kind: 'achtergrond',
    themes: [pick(themes)],
    hero: { src: `../illustrations/${pick(illustrations)}`, alt: `Illustratie bij proefverhaal ${i}, gemaakt voor de snelheidsmeting.` },
  };
}

function article(i, sources) {
  const rnd = random(i + 1);
  const body = [];
  for (let s = 0; s < 4; s++) {
    body.push(`## Deel ${s + 1} van verhaal ${i}`, '', paragraph(rnd), '', paragraph(rnd), '');
  }
  // JSON is YAML: no quoting rules to get wrong.
  const yaml = Object.entries(syntheticFrontmatter(i, sources))
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body.join('\n')}`;
}

/** Theme ids and a few illustrations of a content folder: what synthetic articles point at. */
export function sourcesOf(source = 'content') {
  const themes = readdirSync(join(source, 'themes')).map((f) => f.replace(/\.yaml$/, ''));
  // A few illustrations reused: image processing is cached per source file, as on the real site.
  const illustrations = readdirSync(join(source, 'illustrations')).slice(0, 4);
  return { themes, illustrations };
}

/** Writes `<dir>/content` (full site content) and `<dir>/bare` (floor project); returns their paths. */
export function generate(dir, count, source = 'content') {
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  cpSync(source, content, { recursive: true });
  const sources = sourcesOf(source);
  for (let i = 1; i <= count; i++) {
    writeFileSync(join(content, 'articles', `proefverhaal-${i}.mdx`), article(i, sources));
  }
  const bare = join(dir, 'bare');
  mkdirSync(join(bare, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(bare, 'astro.config.mjs'),
    // The same phase profiler as the site (a no-op unless BUURKRACHT_PROFILE is set), so phases compare.
    `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nimport { profiled } from ${JSON.stringify(resolve('src/integrations/buildProfile.ts'))};\nexport default defineConfig({ integrations: profiled([mdx()]) });\n`,
  );
  writeFileSync(
    join(bare, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ base: ${JSON.stringify(join('..', 'content', 'articles'))}, pattern: '*.mdx' }) }) };\n`,
  );
  writeFileSync(
    join(bare, 'src', 'pages', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="nl"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>
`,
  );
  return { content, bare };
}
