import { describe, expect, it } from 'vitest';
import { type Linked, relatedRanking } from '../../src/lib/related';

/** The definition, written the slow way: every other piece scored, a stable sort, the first `count`. */
function naive(pieces: Linked[], i: number, count: number, taken: Set<number>): number[] {
  const own = pieces[i] as Linked;
  const themes = new Set(own.themes);
  const places = new Set(own.municipalities);
  return pieces
    .map((p, j) => ({ j, score: 2 * p.municipalities.filter((m) => places.has(m)).length + p.themes.filter((t) => themes.has(t)).length }))
    .filter(({ j, score }) => j !== i && !taken.has(j) && score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map(({ j }) => j);
}

describe('related reading', () => {
  const pieces: Linked[] = [
    { themes: ['energie'], municipalities: ['goes'] },
    { themes: ['energie', 'groen'], municipalities: [] },
    { themes: ['groen'], municipalities: ['goes'] },
    { themes: ['sociaal'], municipalities: ['assen'] },
    { themes: ['energie'], municipalities: ['goes'] },
  ];
  const rank = relatedRanking(pieces);

  it('puts a shared municipality (two points) above a shared theme (one), and print order among equals', () => {
    // 4 shares both (3 points), 2 the municipality (2), 1 the theme (1); 3 shares nothing.
    expect(rank(0, 3, new Set())).toEqual([4, 2, 1]);
    expect(rank(1, 3, new Set())).toEqual([0, 2, 4]);
  });

  it('leaves out the piece itself, what is already taken, and pieces that share nothing', () => {
    expect(rank(0, 3, new Set([4]))).toEqual([2, 1]);
    expect(rank(3, 3, new Set())).toEqual([]);
    expect(rank(0, 0, new Set())).toEqual([]);
  });

  it('gives the same answer as comparing every piece with every other, on a random archive', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) % 2 ** 32;
      return seed / 2 ** 32;
    };
    const some = (names: string[], n: number) => Array.from({ length: Math.floor(random() * n) }, () => names[Math.floor(random() * names.length)] as string);
    const archive = Array.from({ length: 300 }, () => ({
      themes: some(['energie', 'groen', 'sociaal', 'klimaat', 'wonen'], 3),
      municipalities: [...new Set(some(['goes', 'assen', 'urk', 'ede', 'oss', 'epe'], 3))],
    }));
    const ranked = relatedRanking(archive);
    for (let i = 0; i < archive.length; i++) {
      const taken = new Set([Math.floor(random() * archive.length)]);
      const count = 1 + (i % 4);
      expect(ranked(i, count, taken), `piece ${i}`).toEqual(naive(archive, i, count, taken));
    }
  });
});
