import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { cacheDirVariable, pruneDerivedFiles } from '../raster/cache';

/**
 * Keeps derived files between builds, each keyed by its inputs and its renderer's version:
 * - drawings (Open Graph cards, chart PNGs) in `<cacheDir>/derived/` (src/raster/cache.ts);
 *   files no build used since the last one are pruned after each build;
 * - image variants in Astro's own `<cacheDir>/assets/`, which Astro keys by source and
 *   transform but not by the encoder: when sharp or libvips change, that folder is emptied.
 * Add it after every integration that draws in `astro:build:done`.
 */
export function derivedFiles(): AstroIntegration {
  let derived = '';
  let assets = '';
  const started = new Date();
  return {
    name: 'buurkracht:derived-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        derived = fileURLToPath(new URL('derived/', config.cacheDir));
        assets = fileURLToPath(new URL('assets/', config.cacheDir));
        // Read by src/raster/cache.ts while pages and endpoints render in this process.
        process.env[cacheDirVariable] = derived;
      },
      'astro:build:start': async ({ logger }) => {
        const encoder = `sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}`;
        const stamp = `${assets}encoder.txt`;
        const previous = await readFile(stamp, 'utf8').catch(() => null);
        if (previous === encoder) return;
        if (previous !== null) logger.info(`image encoder changed (${previous} → ${encoder}): optimising every image again`);
        await rm(assets, { recursive: true, force: true });
        await mkdir(assets, { recursive: true });
        await writeFile(stamp, encoder);
      },
      'astro:build:done': async ({ logger }) => {
        const pruned = await pruneDerivedFiles(derived, started);
        if (pruned > 0) logger.info(`pruned ${pruned} drawing(s) no page uses any more from ${derived}`);
      },
    },
  };
}
