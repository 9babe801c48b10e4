import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksFor, previousSite } from './blocks';
import { cleanUp, copyContent, repoRoot, runScript } from './run';

afterAll(cleanUp);

const corpus = join(repoRoot, 'tests/fixtures/hostile');

/** Each hostile article and the advice the editor gets for it (the "wat nu" line). */
const refused: Record<string, RegExp> = {
  'import-leest-bestanden': /zonder import of export[\s\S]*zijn er vanzelf, zonder import/,
  'export-voert-code-uit': /zonder import of export/,
  'accolades-met-code': /accolades zijn in MDX code[\s\S]*Schrijf \\\{ en \\\}/,
  'script-in-de-tekst': /Haal het <script> weg/,
  'style-in-de-tekst': /Opmaak regelt de site zelf/,
  'iframe-van-buiten': /ingesloten pagina of video kan niet/,
  'object-met-plugin': /Ingesloten bestanden of plug-ins kunnen niet/,
  'embed-met-plugin': /Ingesloten bestanden of plug-ins kunnen niet/,
  'formulier-vraagt-wachtwoord': /Een formulier kan niet in een stuk/,
  'base-verlegt-links': /regelt de site zelf in de kop van elke pagina/,
  'meta-stuurt-door': /titel en omschrijving komen uit title en lead/,
  'link-laadt-stylesheet': /hoort in de kop van de pagina/,
  'event-attribuut': /Het attribuut onmouseover="…" voert code uit bij de lezer/,
  'img-met-onerror': /Gebruik <Foto src=/,
  'javascript-link': /javascript:-link voert code uit/,
  'javascript-href-verstopt': /javascript:-link voert code uit/,
  'data-url': /data:-adres plakt een bestand in de tekst/,
  'spread-attributen': /\{…\} tussen de attributen is code/,
  'code-in-attribuut': /De waarde titel=\{…\} is code/,
  'fragment-set-html': /<Fragment> bestaat niet/,
  'svg-met-onload': /Gebruik een afbeelding met <Foto/,
  'verwijzing-naar-javascript': /javascript:-link voert code uit/,
};

const errorsOnly = (blocks: string) =>
  blocks
    .split('\n\n')
    .filter((b) => !b.includes('(spelling'))
    .join('\n\n');

let check: { status: number | null; output: string };
let build: { status: number | null; output: string };
let out: string;

beforeAll(() => {
  const content = copyContent();
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.mdx'))) writeFileSync(join(content, 'articles', f), readFileSync(join(corpus, f)));
  check = runScript('scripts/check-content.mjs', [], { BUURKRACHT_CONTENT: content });
  out = previousSite();
  build = runScript('scripts/build.mjs', ['--outDir', out], { BUURKRACHT_CONTENT: content });
}, 240_000);

describe('safe MDX: hostile articles are refused by the check and by the build', () => {
  it('the corpus has at least 15 hostile articles, each with the advice it must get', () => {
    const files = readdirSync(corpus)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.sort()).toEqual(Object.keys(refused).sort());
  });

  it.each(Object.entries(refused))('%s: refused with a Dutch message that says what to use instead', (name, advice) => {
    expect(check.status).toBe(1);
    // Spelling warnings are the check's alone; the errors are what the build must repeat.
    const fromCheck = errorsOnly(blocksFor(check.output, `articles/${name}.mdx:`));
    expect(fromCheck, check.output.slice(-2000)).toMatch(/veld:\s+\(tekst\)\n\s+verwacht: .+\n\s+gevonden: .+\n\s+wat nu: /);
    expect(fromCheck).toMatch(advice);
    // The build refuses the same file with the same words.
    expect(build.status).not.toBe(0);
    expect(blocksFor(build.output, `articles/${name}.mdx:`)).toBe(fromCheck);
  });

  it('a refused build leaves the previous dist/ untouched and no half-built folder beside it', () => {
    expect(build.output).toContain('De build is gestopt door de controle van de content');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(dirname(out))).toEqual(['dist']);
  });

  it('inside Astro too: `astro build` without the wrapper refuses an import, and its code never runs', () => {
    const content = copyContent();
    const marker = join(dirname(content), 'de-import-is-uitgevoerd');
    writeFileSync(
      join(content, 'articles/import-schrijft-een-bestand.mdx'),
      readFileSync(join(corpus, 'export-voert-code-uit.mdx'), 'utf8').replace(
        /^export const .*$/m,
        `import { writeFileSync } from 'node:fs'\n\nexport const spoor = writeFileSync(${JSON.stringify(marker)}, 'uitgevoerd')`,
      ),
    );
    const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
    const direct = runScript(relative(repoRoot, astro), ['build', '--outDir', join(dirname(content), 'dist')], { BUURKRACHT_CONTENT: content, NO_COLOR: '1' });
    expect(direct.status).not.toBe(0);
    expect(direct.output).toContain('Deze MDX wordt niet gebouwd');
    expect(direct.output).toMatch(/import-schrijft-een-bestand\.mdx:\d+[\s\S]*zonder import of export/);
    expect(existsSync(marker)).toBe(false);
  }, 300_000);
});
