/**
 * Derived files (Open Graph cards, chart PNGs, illustrations) kept between builds, named by a
 * hash of everything that went into them: the drawing's own input and its renderer's version.
 * A rebuild reuses every file whose inputs did not change and draws only the rest. The folder
 * comes from BUURKRACHT_DERIVED_CACHE, which the derivedFiles integration sets to a folder in
 * Astro's cacheDir, or from the caller; without either (unit tests) nothing is cached.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, rmSync, utimesSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const cacheDirVariable = 'BUURKRACHT_DERIVED_CACHE';

/** A stable hash of any JSON-like value (object keys sorted) and byte arrays. */
export function hashOf(input: unknown): string {
  const hash = createHash('sha256');
  const feed = (value: unknown): void => {
    if (value instanceof Uint8Array) hash.update(`b${value.length}:`).update(value);
    else if (Array.isArray(value)) {
      hash.update('[');
      for (const v of value) feed(v);
      hash.update(']');
    } else if (value && typeof value === 'object') {
      hash.update('{');
      for (const key of Object.keys(value).sort()) {
        hash.update(JSON.stringify(key));
        feed((value as Record<string, unknown>)[key]);
      }
      hash.update('}');
    } else hash.update(`${JSON.stringify(value ?? null)},`);
  };
  feed(input);
  return hash.digest('hex');
}

/** Where the drawing of `input` is kept in the cache folder `dir`. */
const cachedPath = (dir: string, input: unknown) => {
  const key = hashOf(input);
  return { shard: join(dir, key.slice(0, 2)), file: join(dir, key.slice(0, 2), `${key}.bin`) };
};

/** A hit refreshes the file's time, so a build can prune what it did not use (pruneDerivedFiles). */
const touch = (file: string) => {
  const now = new Date();
  try {
    utimesSync(file, now, now);
  } catch {
    // A file another build pruned meanwhile is drawn again next time; nothing is lost.
  }
};

async function store(shard: string, file: string, bytes: Buffer) {
  await mkdir(shard, { recursive: true });
  // Write then rename: a build running alongside never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
}

/** The bytes `draw` would produce for `input`, from the cache when they were drawn before. */
export async function derivedFile(
  input: unknown,
  draw: () => Promise<Buffer>,
  dir = process.env[cacheDirVariable],
): Promise<{ bytes: Buffer; cached: boolean }> {
  if (!dir) return { bytes: await draw(), cached: false };
  const { shard, file } = cachedPath(dir, input);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) {
    touch(file);
    return { bytes: hit, cached: true };
  }
  const bytes = await draw();
  await store(shard, file, bytes);
  return { bytes, cached: false };
}

/**
 * Puts the file `draw` would produce for `input` at `target`, as a hard link to the cached copy:
 * a warm build then moves no bytes at all (at 10,000 Open Graph cards, reading and writing them
 * took 20 s of CPU). Nothing may write into `target` afterwards, as that would change the cached
 * copy too; the built site is only ever replaced whole. Where the cache sits on another file
 * system, the file is copied instead.
 */
export async function derivedFileAt(
  input: unknown,
  draw: () => Promise<Buffer>,
  target: string,
  dir = process.env[cacheDirVariable],
): Promise<{ cached: boolean }> {
  if (!dir) {
    await writeFile(target, await draw());
    return { cached: false };
  }
  const { shard, file } = cachedPath(dir, input);
  // Synchronous: a hit is three calls that are over in microseconds, where the promise API's
  // round trips through the thread pool cost about a millisecond of CPU a card.
  const place = () => {
    rmSync(target, { force: true });
    try {
      linkSync(file, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      copyFileSync(file, target);
    }
    return true;
  };
  if (place()) {
    touch(file);
    return { cached: true };
  }
  await store(shard, file, await draw());
  if (!place()) throw new Error(`${file} verdween uit de cache terwijl de build liep`);
  return { cached: false };
}

/** Deletes cached files no build used since `since`: drawings of old titles, old renderer versions. */
export async function pruneDerivedFiles(dir: string, since: Date): Promise<number> {
  let pruned = 0;
  for (const shard of await readdir(dir).catch(() => [])) {
    for (const name of await readdir(join(dir, shard)).catch(() => [])) {
      const file = join(dir, shard, name);
      const { mtime } = await stat(file);
      if (mtime < since) {
        await rm(file, { force: true });
        pruned++;
      }
    }
  }
  return pruned;
}
