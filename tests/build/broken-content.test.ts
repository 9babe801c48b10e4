import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'buurkracht-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the real content, adds one broken entry, and runs the real build wrapper. */
function buildWith(fixture: string, folder = 'articles') {
  const name = fixture.replace(/\.mdx$/, '');
  const content = join(work, `content-${name}`);
  const out = join(work, `dist-${name}`);
  cpSync('content', content, { recursive: true });
  cpSync(join('tests/fixtures/broken', fixture), join(content, folder, fixture));
  // A previous, good site in the output folder must survive a failed build untouched.
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), 'previous site');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', out], {
    env: { ...process.env, BUURKRACHT_CONTENT: content },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, log: `${r.stdout}\n${r.stderr}`, out, name };
}

const cases: { fixture: string; field: string; expected: RegExp; found: RegExp }[] = [
  { fixture: 'missing-title.mdx', field: 'title', expected: /verwacht:? +een titel/, found: /niets \(het veld ontbreekt\)/ },
  { fixture: 'short-lead.mdx', field: 'lead', expected: /minstens 50 tekens/, found: /"Te kort\."/ },
  { fixture: 'bad-date.mdx', field: 'updated', expected: /JJJJ-MM-DD/, found: /"gisteren"/ },
  { fixture: 'unknown-kind.mdx', field: 'kind', expected: /interview, achtergrond, succesverhaal/, found: /"reportage"/ },
  { fixture: 'unknown-place.mdx', field: 'places[0]', expected: /content\/places\//, found: /"atlantis"/ },
  { fixture: 'unknown-theme.mdx', field: 'themes[0]', expected: /content\/themes\//, found: /"tuinieren"/ },
  { fixture: 'unknown-edition.mdx', field: 'edition', expected: /content\/editions\//, found: /"1999"/ },
  { fixture: 'missing-alt.mdx', field: 'hero.alt', expected: /alt-tekst/, found: /ontbreekt/ },
  { fixture: 'missing-image.mdx', field: 'hero.src', expected: /bestaand beeldbestand/, found: /bestaat-niet\.png/ },
];

describe('an editor’s mistake fails the build with a plain message and ships nothing', () => {
  for (const c of cases) {
    it(`${c.fixture}: names the file and ${c.field}, says what was expected and what was found`, () => {
      const { status, log, out, name } = buildWith(c.fixture);
      expect(status, log).not.toBe(0);
      expect(log).toContain(name);
      expect(log).toMatch(new RegExp(`${c.field.replace(/[.[\]]/g, '\\$&')}(?![\\w.[])`));
      expect(log).toMatch(c.expected);
      expect(log).toMatch(c.found);
      // The old site is still there, and no temporary half-build is left beside it.
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
      expect(existsSync(`${out}.tmp`)).toBe(false);
      // A failing build takes 8-17 s on a loaded 2-core machine, up to 40 s at load 25: the default 20 s is too tight.
    }, 120_000);
  }
});
