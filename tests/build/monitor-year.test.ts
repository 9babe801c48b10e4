/**
 * A new monitor year is content, not code: adding the fictional year in tests/fixtures/monitor-year/
 * (its YAML and chapters) to a copy of content/ builds every page type, download and embed for it,
 * and leaves every /monitor/2025/ page and file as it was.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/urls';
import { buildSite, cleanUp, copyContent, repoRoot } from './run';

const fixture = join(repoRoot, 'tests/fixtures/monitor-year');
const year = 2099;
const figureIds = ['oefencijfers', 'oefenladder', 'oefenrelatie'];
let plain: string;
let withYear: string;

beforeAll(() => {
  plain = buildSite(copyContent());
  const content = copyContent();
  for (const folder of ['monitor', 'monitor-chapters']) {
    for (const f of readdirSync(join(fixture, folder))) {
      if (existsSync(join(content, folder, f))) throw new Error(`content/${folder}/${f} exists for real: pick another fixture year`);
    }
    cpSync(join(fixture, folder), join(content, folder), { recursive: true });
  }
  withYear = buildSite(content);
  // Two full builds; on a busy 2-core machine each can take minutes.
}, 900_000);
afterAll(cleanUp);

const file = (dist: string, path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const read = (dist: string, path: string) => readFileSync(file(dist, path), 'utf8');
/** A page's own content: <main>, without the header that links to the newest monitor. */
const main = (html: string) => (html.match(/<main\b[\s\S]*<\/main>/)?.[0] ?? '').replace(/ data-astro-cid-[a-z0-9]+/g, '');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));

describe('a new monitor year needs no code change', () => {
  it('builds the overview, chapters, figure pages, data page and embeds of the new year', () => {
    const pages = [
      paths.monitor(year),
      paths.monitorDataPage(year),
      paths.monitorChapter(year, 'inleiding'),
      paths.monitorChapter(year, 'relaties'),
      ...figureIds.flatMap((id) => [paths.monitorFigure(year, id), paths.monitorFigureEmbed(year, id)]),
    ];
    expect(pages.filter((p) => !existsSync(file(withYear, p)))).toEqual([]);
    expect(read(withYear, paths.monitor(year))).toContain('Oefenmonitor 2099 (fictief)');
  });

  it('writes every download of every figure and the full dataset', () => {
    const files = [
      ...figureIds.flatMap((id) => [
        ...(['svg', 'png', 'csv', 'excel', 'json'] as const).map((f) => paths.monitorFigureFile(year, id, f)),
        paths.monitorFigureOg(year, id),
      ]),
      ...(['csv', 'excel', 'json', 'datapackage'] as const).map((f) => paths.monitorData(year, f)),
    ];
    expect(files.filter((p) => !existsSync(file(withYear, p)))).toEqual([]);
    const csv = read(withYear, paths.monitorData(year, 'csv'));
    expect(csv).toContain('2097,gemeenten,oefenrelatie,partnerschap,40,percent');
    expect(csv).toContain('2099,bewoners,samenwerkingsladder-gemiddelde,gemiddelde,3.1,step');
    const pkg = JSON.parse(read(withYear, paths.monitorData(year, 'datapackage')));
    expect(pkg.resources[0].schema.fields[0].constraints).toMatchObject({ minimum: 2097, maximum: 2099 });
  });

  it('draws the year-over-year chart with the new years, oldest first', () => {
    const html = read(withYear, paths.monitorFigure(year, 'oefenrelatie'));
    const years = [...html.matchAll(/<text[^>]*>(209\d)<\/text>/g)].map((m) => m[1]);
    expect(years.slice(0, 3)).toEqual(['2097', '2098', '2099']);
    expect(html).not.toMatch(/>202[345]</);
    expect(html).toContain('In de lopende tekst van de monitor staat 52');
  });

  it('the header now leads to the new year, and the 2025 monitor keeps every page and file unchanged', () => {
    expect(read(withYear, '/')).toContain(`href="${paths.monitor(year)}"`);
    const root = join(plain, 'monitor/2025');
    const changed: string[] = [];
    for (const f of filesUnder(root)) {
      const path = relative(plain, f);
      const other = join(withYear, path);
      if (!existsSync(other)) {
        changed.push(`${path} is gone`);
        continue;
      }
      const a = readFileSync(f);
      const b = readFileSync(other);
      const same = path.endsWith('.html') ? main(a.toString('utf8')) === main(b.toString('utf8')) : a.equals(b);
      if (!same) changed.push(`${path} changed`);
    }
    expect(changed).toEqual([]);
    expect(filesUnder(root).length).toBeGreaterThan(40);
  });
});
