// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://www.buurkracht.nl',
  trailingSlash: 'always',
  // 'jsx' compression drops the space before an inline element after a line break; keep HTML whitespace rules.
  compressHTML: true,
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
});
