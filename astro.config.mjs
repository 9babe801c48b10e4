// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, fontProviders } from 'astro/config';
import { inlineScriptHash } from './scripts/lib/csp.mjs';
import { safeMdx } from './scripts/lib/mdx/plugin.mjs';
import { profiled } from './src/integrations/buildProfile';
import { derivedFiles } from './src/integrations/derivedFiles';
import { hostRules } from './src/integrations/hostRules';
import { ogImages } from './src/integrations/ogImages';
import { pagefindIndex } from './src/integrations/pagefind';
import { analyticsCsp } from './src/lib/analytics';
import { site } from './src/lib/site';

const tracking = analyticsCsp();

export default defineConfig({
  site: site.origin,
  // The bench builds synthetic sites with a cache of their own so they start cold (BUURKRACHT_CACHE_DIR).
  // Build tests point BUURKRACHT_CONTENT at a copy of content/; a cache of their own keeps Astro's content
  // store from remembering entries (and image paths) from a temporary folder that is gone afterwards.
  ...(process.env.BUURKRACHT_CACHE_DIR
    ? { cacheDir: process.env.BUURKRACHT_CACHE_DIR }
    : process.env.BUURKRACHT_CONTENT
      ? { cacheDir: `./node_modules/.astro/content-${createHash('sha1').update(resolve(process.env.BUURKRACHT_CONTENT)).digest('hex').slice(0, 12)}` }
      : {}),
  // <Foto> in MDX finds its file through this alias: content/photos/, or the fixture content's when BUURKRACHT_CONTENT is set.
  vite: { resolve: { alias: { '@content-photos': resolve(process.env.BUURKRACHT_CONTENT ?? './content', 'photos') } } },
  trailingSlash: 'always',
  // Pages with a cacheKey (src/lib/pageKeys.ts) are copied from the last build when nothing they show changed.
  experimental: { incrementalBuild: true },
  // The map moved onto /gemeente/ with the list of municipalities; old links to the map keep working.
  redirects: { '/plaatsen/': '/gemeente/' },
  // 'jsx' compression drops the space before an inline element after a line break; keep HTML whitespace rules.
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // No code blocks in the magazine; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    // MDX 8 compiles with the Markdown processor (Sätteri): its mdast plugins see every MDX file. safeMdx
    // refuses import/export, {…} code, unknown components and unsafe HTML, as the content check does.
    processor: satteri({ mdastPlugins: [safeMdx] }),
  },
  // Self-hosted type from the @fontsource packages (Latin subset, woff2). Four faces, about 73 KB in all:
  // serif for headings and reading, sans for the interface. Astro writes metric-matched fallbacks
  // (size-adjust on Times New Roman / Arial) so swapping in the web font moves nothing.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif',
      fallbacks: ['Georgia', 'serif'],
      options: {
        variants: [
          { weight: 400, style: 'normal', display: 'swap', src: ['@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2'] },
          { weight: 700, style: 'normal', display: 'swap', src: ['@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2'] },
        ],
      },
    },
    {
      provider: fontProviders.local(),
      name: 'Source Sans 3',
      cssVariable: '--font-sans',
      fallbacks: ['Arial', 'sans-serif'],
      options: {
        variants: [
          { weight: 400, style: 'normal', display: 'swap', src: ['@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2'] },
          { weight: 600, style: 'normal', display: 'swap', src: ['@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2'] },
        ],
      },
    },
  ],
  // BUURKRACHT_PROFILE=1 (set by the bench) logs the time and memory of every build phase.
  integrations: profiled([
    mdx(),
    // Editors' and utility pages are noindex; the sitemap lists only pages meant for search engines.
    sitemap({ filter: (page) => !/^\/(404|qr|m|embed)\//.test(new URL(page).pathname) }),
    ogImages({ siteName: site.name, origin: site.origin }),
    // After every integration that draws: keeps drawings and image variants keyed by inputs and renderer.
    derivedFiles(),
    pagefindIndex(),
    hostRules(),
  ]),
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        /** @type {`connect-src${string}`} */ (["connect-src 'self'", ...tracking.connectResources].join(' ')),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Pagefind searches in a web worker (pagefind-worker.js); blob: as its docs ask, for builds that inline it.
        "worker-src 'self' blob:",
      ],
      // The theme bootstrap is inlined in <head> (no flash of the wrong theme); Astro cannot hash is:inline scripts itself.
      // Pagefind's search engine is WebAssembly, which script-src must allow to compile.
      // Analytics, when switched on in src/lib/analytics.ts, adds its script origin (and Matomo its settings' hash).
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'", ...tracking.scriptResources],
        hashes: [
          inlineScriptHash('./src/scripts/theme-init.js'),
          inlineScriptHash('./src/scripts/magazine-note.js'),
          // Figure embeds pick light, dark or automatic from ?thema= before their first paint.
          inlineScriptHash('./src/scripts/embed-theme.js'),
          ...tracking.scriptHashes,
        ],
      },
    },
  },
});
