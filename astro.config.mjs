// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { inlineScriptHash } from './scripts/lib/csp.mjs';
import { ogImages } from './src/integrations/ogImages';
import { pagefindIndex } from './src/integrations/pagefind';
import { site } from './src/lib/site';

export default defineConfig({
  site: site.origin,
  trailingSlash: 'always',
  // 'jsx' compression drops the space before an inline element after a line break; keep HTML whitespace rules.
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No code blocks in the magazine; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/(404|qr|embed)\//.test(new URL(page).pathname) }),
    ogImages({ siteName: site.name, origin: site.origin }),
    pagefindIndex(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Pagefind searches in a web worker (pagefind-worker.js); blob: as its docs ask, for builds that inline it.
        "worker-src 'self' blob:",
      ],
      // The theme bootstrap is inlined in <head> (no flash of the wrong theme); Astro cannot hash is:inline scripts itself.
      // Pagefind's search engine is WebAssembly, which script-src must allow to compile.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [inlineScriptHash('./src/scripts/theme-init.js')] },
    },
  },
});
