/**
 * "Verder lezen" ranks every other piece by what it shares with this one: two points per
 * municipality, one per theme, print order among equals. Comparing each piece with every other
 * is quadratic (10,000 articles: 100 million comparisons, and the build ran out of memory), so
 * the pieces are listed once per theme and municipality and a piece only visits the lists it is on.
 */
export interface Linked {
  themes: readonly string[];
  municipalities: readonly string[];
}

function listsBy(pieces: readonly Linked[], keys: (p: Linked) => readonly string[]): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  pieces.forEach((p, i) => {
    for (const k of keys(p)) {
      const list = lists.get(k);
      if (list) list.push(i);
      else lists.set(k, [i]);
    }
  });
  return lists;
}

/**
 * Returns a ranking function over `pieces` (in print order): for the piece at position `i`, the
 * positions of the `count` best-sharing others, best first, leaving out `taken` and pieces that
 * share nothing.
 */
export function relatedRanking(pieces: readonly Linked[]): (i: number, count: number, taken: ReadonlySet<number>) => number[] {
  const byTheme = listsBy(pieces, (p) => p.themes);
  const byMunicipality = listsBy(pieces, (p) => p.municipalities);
  const score = new Int32Array(pieces.length);
  const of = (j: number) => score[j] ?? 0;
  const ahead = (a: number, b: number) => of(a) > of(b) || (of(a) === of(b) && a < b);

  return (i, count, taken) => {
    const own = pieces[i];
    if (!own || count <= 0) return [];
    const touched: number[] = [];
    const add = (lists: Map<string, number[]>, keys: readonly string[], weight: number) => {
      for (const k of new Set(keys)) {
        for (const j of lists.get(k) ?? []) {
          if (of(j) === 0) touched.push(j);
          score[j] = of(j) + weight;
        }
      }
    };
    add(byMunicipality, own.municipalities, 2);
    add(byTheme, own.themes, 1);
    // The best `count`, kept sorted while walking: count is small, the touched list can be the archive.
    const best: number[] = [];
    for (const j of touched) {
      if (j === i || taken.has(j)) continue;
      let at = best.length;
      while (at > 0 && ahead(j, best[at - 1] as number)) at--;
      if (at < count) {
        best.splice(at, 0, j);
        if (best.length > count) best.pop();
      }
    }
    for (const j of touched) score[j] = 0;
    return best;
  };
}
