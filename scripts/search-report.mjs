#!/usr/bin/env node
// Runs every query of tests/e2e/searchCases.ts on the built site's /zoeken/ in Chromium behind
// the shipped nginx and prints a Markdown table: where the expected page landed, the first three
// results and what the page said. The browser test asserts the same cases; this is the record.
// Usage: npm run search:report [-- --dist dist --label "after"]
import { existsSync } from 'node:fs';
import { launch } from '../tests/e2e/browser.ts';
import { searchCases } from '../tests/e2e/searchCases.ts';
import { startNginx } from '../tests/e2e/server.ts';

const arg = (name, fallback) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
const dist = arg('dist', 'dist');
if (!existsSync(`${dist}/zoeken/index.html`)) {
  console.error(`No built site in ${dist}/: run \`npm run build\` first.`);
  process.exit(1);
}

const server = await startNginx(dist);
const browser = await launch();
const page = await browser.newPage();
const rows = [];
let passed = 0;
try {
  for (const c of searchCases) {
    await page.goto(`${server.url}/zoeken/?q=${encodeURIComponent(c.query)}`);
    await page
      .locator('[role="status"]')
      .filter({ hasText: /resulta/ })
      .waitFor({ timeout: 15000 })
      .catch(() => undefined);
    const found = await page
      .locator('.results h2 a')
      .evaluateAll((as) => as.map((a) => new URL(a.href).pathname))
      .catch(() => []);
    const status = ((await page.locator('[role="status"]').textContent()) ?? '').trim();
    const rank = found.indexOf(c.expected) + 1;
    const ok = rank >= 1 && rank <= 3;
    if (ok) passed++;
    rows.push(
      `| ${ok ? 'yes' : '**no**'} | ${c.topic} | \`${c.query}\` | \`${c.expected}\` | ${rank || '–'} | ${found.length} | ${found
        .slice(0, 3)
        .map((p) => `\`${p}\``)
        .join('<br>')} | ${status.replace(/\|/g, '\\|')} |`,
    );
  }
} finally {
  await browser.close();
  server.stop();
}

console.log(`### ${arg('label', 'results')}: ${passed} of ${searchCases.length} expected pages in the top 3\n`);
console.log('| top 3 | what | query | expected | rank | results | first three | status line |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
