import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COUNTRY, hasOutlineIn, project, UNITS_PER_KM } from '../../src/lib/map/geometry';
import { type Box, type Label, layoutLabels, type MarkInput } from '../../src/lib/map/labels';
import { clipRing } from '../../src/lib/map/polygon';
import { countryView, excerptView, NARROWEST_PX } from '../../src/lib/map/view';

interface PlaceData {
  name: string;
  coordinates: { lat: number; lon: number };
}
/** Every place in content/, as a mark: the map must be able to label all of them, not only those in use today. */
const places: MarkInput[] = readdirSync('content/places').map((file) => {
  const data = yaml.load(readFileSync(`content/places/${file}`, 'utf8')) as PlaceData;
  const [x, y] = project(data.coordinates.lon, data.coordinates.lat);
  return { id: file.replace(/\.yaml$/, ''), x, y, text: data.name };
});

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x - 1e-9 && inner.y >= outer.y - 1e-9 && inner.x + inner.w <= outer.x + outer.w + 1e-9 && inner.y + inner.h <= outer.y + outer.h + 1e-9;

/** The rules every layout keeps, checked from its output alone. */
function expectReadable(labels: Label[], marks: MarkInput[], bounds: Box, unitsPerPx: number) {
  expect(labels.map((l) => l.id).sort()).toEqual(marks.map((m) => m.id).sort());
  for (const l of labels) {
    // 44 CSS pixels both ways when the map is drawn at its narrowest.
    expect(l.target.w / unitsPerPx, l.text).toBeGreaterThanOrEqual(44 - 1e-9);
    expect(l.target.h / unitsPerPx, l.text).toBeGreaterThanOrEqual(44 - 1e-9);
    expect(contains(bounds, l.target), `${l.text} leaves the map`).toBe(true);
    expect(contains(l.target, l.textBox), `${l.text} sticks out of its own link`).toBe(true);
    for (const other of labels) if (other !== l) expect(overlap(l.target, other.target), `${l.text} / ${other.text}`).toBe(false);
    for (const m of marks) {
      if (m.id === l.id) continue;
      const inside = m.x > l.target.x && m.x < l.target.x + l.target.w && m.y > l.target.y && m.y < l.target.y + l.target.h;
      expect(inside, `${l.text} covers the mark of ${m.text}`).toBe(false);
    }
  }
}

/** Laying out the country map takes most of a second; the tests share one layout. */
let shared: ReturnType<typeof countryView> | undefined;
const countryMap = () => {
  shared ??= countryView(places);
  return shared;
};

describe('map labels', { timeout: 60_000 }, () => {
  it('names every place in content/ on the country map, none covering another, each a 44 px target', () => {
    const view = countryMap();
    expect(view.narrowestPx).toBe(NARROWEST_PX);
    expectReadable(view.labels.labels, places, view.viewBox, view.viewBox.w / NARROWEST_PX);
  });

  it('keeps Beilen and Westerbork, 7 km apart, from covering each other', () => {
    const view = countryMap();
    const beilen = view.labels.labels.find((l) => l.id === 'beilen') as Label;
    const westerbork = view.labels.labels.find((l) => l.id === 'westerbork') as Label;
    expect(overlap(beilen.textBox, westerbork.textBox)).toBe(false);
    expect(overlap(beilen.target, westerbork.target)).toBe(false);
  });

  it('sets a lone place right beside its mark, without a line', () => {
    const bounds = { x: 0, y: 0, w: 400, h: 300 };
    const { labels } = layoutLabels([{ id: 'a', x: 150, y: 150, text: 'Ergens' }], { bounds, unitsPerPx: 1 });
    expect(labels[0]?.leader).toBeUndefined();
    expect(labels[0]?.anchor).toBe('start');
    expect(labels[0]?.textBox.x).toBeGreaterThan(150);
    expect(labels[0]?.textBox.x).toBeLessThan(150 + 15);
  });

  it('still names every place when a next edition adds six more, at 44 px from a wider phone up', () => {
    const more = (
      [
        ['haren', 'Haren', 53.17, 6.6],
        ['alkmaar', 'Alkmaar', 52.63, 4.75],
        ['dalfsen', 'Dalfsen', 52.51, 6.26],
        ['ede', 'Ede', 52.04, 5.66],
        ['venlo', 'Venlo', 51.37, 6.17],
        ['heerlen', 'Heerlen', 50.89, 5.98],
      ] as const
    ).map(([id, text, lat, lon]) => {
      const [x, y] = project(lon, lat);
      return { id, x, y, text };
    });
    const marks = [...places, ...more];
    const view = countryView(marks);
    // 44 px from a somewhat wider phone up; never below WCAG's 24 px minimum on the narrowest.
    expect(view.narrowestPx).toBeLessThanOrEqual(480);
    expectReadable(view.labels.labels, marks, view.viewBox, view.viewBox.w / view.narrowestPx);
    expect(view.labels.labels.filter((l) => l.leader).length).toBeGreaterThan(0);
  });

  it('says which labels do not fit rather than drawing them on top of each other', () => {
    const crowded = Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, x: 50 + i, y: 50, text: 'Een lange plaatsnaam' }));
    expect(() => layoutLabels(crowded, { bounds: { x: 0, y: 0, w: 100, h: 100 }, unitsPerPx: 1 })).toThrow(/no room for the labels of .*Een lange plaatsnaam/);
  });

  it('lays out the same way on every build', () => {
    expect(JSON.stringify(countryView(places))).toBe(JSON.stringify(countryMap()));
  });
});

describe('map excerpts', () => {
  it('frames a municipality’s places with room around them, a country inset and a scale bar that miss every label', () => {
    const drenthe = places.filter((p) => p.id === 'beilen' || p.id === 'westerbork');
    const view = excerptView(drenthe);
    expect(view.viewBox.w / UNITS_PER_KM).toBeGreaterThanOrEqual(60);
    expectReadable(view.labels.labels, drenthe, view.viewBox, view.viewBox.w / NARROWEST_PX);
    const { inset, scaleBar } = view;
    expect(inset).toBeDefined();
    expect(scaleBar).toBeDefined();
    for (const l of view.labels.labels) {
      expect(overlap(l.target, inset?.box as Box)).toBe(false);
      expect(overlap(l.target, { x: scaleBar?.x ?? 0, y: scaleBar?.y ?? 0, w: scaleBar?.length ?? 0, h: 1 })).toBe(false);
    }
    // The frame on the inset shows the excerpt's share of the country.
    expect((inset?.frame.w ?? 0) / (inset?.box.w ?? 1)).toBeCloseTo(view.viewBox.w / COUNTRY.w, 5);
  });
});

describe('where an excerpt is', () => {
  const at = (...ids: string[]) => places.filter((p) => ids.includes(p.id));

  it('shows the German border beside Beilen and Westerbork, not 60 km of plain land', () => {
    const { viewBox } = excerptView(at('beilen', 'westerbork'));
    expect(viewBox.w / UNITS_PER_KM).toBeGreaterThan(60);
    expect(hasOutlineIn(viewBox)).toBe(true);
  });

  it('keeps the closest view where the coast is already in sight (Kloetinge on Zuid-Beveland)', () => {
    const { viewBox } = excerptView(at('kloetinge'));
    expect(viewBox.w / UNITS_PER_KM).toBeCloseTo(60, 5);
    expect(hasOutlineIn(viewBox)).toBe(true);
  });
});

describe('clipping outlines to a window', () => {
  it('keeps the part of a ring inside the window and closes it', () => {
    const square: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const clipped = clipRing(square, { x: 5, y: -5, w: 20, h: 10 });
    const xs = clipped.map(([x]) => x);
    const ys = clipped.map(([, y]) => y);
    expect(Math.min(...xs)).toBe(5);
    expect(Math.max(...xs)).toBe(10);
    expect(Math.max(...ys)).toBe(5);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
  });

  it('drops a ring wholly outside the window', () => {
    expect(
      clipRing(
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
        { x: 5, y: 5, w: 5, h: 5 },
      ),
    ).toEqual([]);
  });
});
