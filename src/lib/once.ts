/**
 * Build-wide memo for what every page of a build asks for (the pieces in print order, the
 * taxonomy, the map marks). Content cannot change while a build runs, so each is computed once;
 * pages that each recompute an archive-wide list make the build quadratic in the archive's size.
 * `astro dev` recomputes on every call, so an editor's change shows on the next request.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    cached ??= compute();
    return cached;
  };
}
