import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { monitorReserved, paths } from '../../src/lib/urls';
import { monitor } from '../../src/schemas/monitor';

const m = monitor.parse(yaml.load(readFileSync('content/monitor/2025.yaml', 'utf8')));
const chapterIds = readdirSync('content/monitor-chapters').map((f) => f.replace(/\.mdx$/, ''));
const chapterText = (id: string) => readFileSync(`content/monitor-chapters/${id}.mdx`, 'utf8');

describe('monitor URLs', () => {
  it('no chapter and figure share a URL, and none takes a reserved name', () => {
    const ids = [...chapterIds, ...m.figures.map((f) => f.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(monitorReserved as readonly string[]).not.toContain(id);
  });

  it('every figure is placed in a chapter that exists', () => {
    for (const f of m.figures) expect(chapterIds).toContain(f.chapter);
  });

  it('every figure chapter embeds the figure it claims, naming its own year', () => {
    for (const f of m.figures) expect(chapterText(f.chapter)).toContain(`<Figuur jaar={${m.year}} id="${f.id}" />`);
  });

  it('every <Figuur> in a chapter names the chapter’s year', () => {
    for (const id of chapterIds) {
      const year = chapterText(id).match(/^year: (\d{4})$/m)?.[1];
      for (const tag of chapterText(id).match(/<Figuur[^>]*>/g) ?? []) expect(tag, `${id}: ${tag}`).toContain(`jaar={${year}}`);
    }
  });

  it('a figure’s files are named after it, so a saved download keeps its meaning', () => {
    expect(paths.monitorFigureFile(2025, 'relatietype', 'excel')).toBe('/monitor/2025/relatietype/relatietype-excel.csv');
    expect(paths.monitorFigureEmbed(2025, 'relatietype')).toBe('/embed/monitor/2025/relatietype/');
    expect(paths.monitorData(2025, 'csv')).toBe('/monitor/2025/data.csv');
    expect(paths.monitorData(2025, 'excel')).toBe('/monitor/2025/data-excel.csv');
    expect(paths.monitorData(2025, 'datapackage')).toBe('/monitor/2025/datapackage.json');
  });
});
