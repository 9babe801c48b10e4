import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSize } from '../../src/lib/pagination';
import { buildSite, cleanUp, copyContent } from './run';

let dist: string;
const extra = pageSize + 6;

beforeAll(() => {
  // Enough extra success stories in one theme and municipality to need a second page everywhere.
  const content = copyContent();
  const source = readFileSync(join(content, 'articles/samenwerking-tussen-buurtteams-beilen-en-westerbork-loont.mdx'), 'utf8');
  for (let i = 1; i <= extra; i++) {
    writeFileSync(join(content, `articles/extra-verhaal-${i}.mdx`), source.replace(/^title: .*$/m, `title: Extra verhaal ${i}`));
  }
  dist = buildSite(content);
}, 240_000);
afterAll(cleanUp);

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const cards = (page: string) => page.match(/class="card card-/g)?.length ?? 0;

describe('long lists are split into pages', () => {
  it(`the article list shows ${pageSize} cards and links on to page 2, which links back`, () => {
    const first = html('artikelen');
    expect(cards(first)).toBe(pageSize);
    expect(first).toMatch(/<a href="\/artikelen\/2\/" rel="next"/);
    const second = html('artikelen/2');
    expect(cards(second)).toBeGreaterThan(0);
    expect(second).toMatch(/<a href="\/artikelen\/" rel="prev"/);
    expect(second).toContain('<link rel="canonical" href="https://www.buurkracht.nl/artikelen/2/">');
    expect(second).toMatch(/<title>Alle artikelen \(pagina 2 van \d\)/);
  });

  it('theme and municipality pages page the same way', () => {
    expect(cards(html('gemeente/midden-drenthe'))).toBe(pageSize);
    expect(cards(html('gemeente/midden-drenthe/2'))).toBeGreaterThan(0);
    expect(cards(html('thema/energiebesparing/2'))).toBeGreaterThan(0);
  });

  it('every story appears on exactly one list page', () => {
    const lists = ['artikelen', 'artikelen/2'].map(html).join('');
    for (let i = 1; i <= extra; i++) {
      expect(lists.match(new RegExp(`href="/extra-verhaal-${i}/"`, 'g'))?.length, `extra-verhaal-${i}`).toBe(1);
    }
  });
});
