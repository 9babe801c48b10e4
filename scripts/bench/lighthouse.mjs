// Lighthouse 13 (default mobile settings, simulated throttling) against Debian's chromium,
// which we start ourselves so Lighthouse never downloads a browser.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/browser.ts';
import { table } from './table.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

async function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'buurkracht-lh-'));
  // The flags of tests/e2e/browser.ts, headless, with a DevTools port chosen by chromium.
  const proc = spawn(chromiumPath, ['--headless', ...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let err = '';
    proc.stderr.on('data', (chunk) => {
      err += chunk;
      const m = err.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (m) resolve(Number(m[1]));
    });
    proc.on('exit', (code) => reject(new Error(`chromium exited (${code}):\n${err}`)));
  });
  return {
    port,
    stop: () => {
      proc.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function lighthouseScores(baseUrl, samples) {
  console.log('\n## Lighthouse 13 (mobile, simulated throttling)');
  const chrome = await startChromium();
  const results = [];
  const failing = [];
  try {
    for (const { type, url } of samples) {
      const run = await lighthouse(baseUrl + url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      const lhr = run?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      results.push({ type, url, scores, benchmarkIndex: lhr.environment?.benchmarkIndex });
      for (const c of categories) {
        if (scores[c] === 100) continue;
        for (const ref of lhr.categories[c].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            failing.push(`${type} ${url} · ${c}: ${audit.id} (${audit.title}) score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}`);
          }
        }
      }
    }
  } finally {
    chrome.stop();
  }
  table([
    ['page type', 'URL', ...categories, 'goal'],
    ...results.map((r) => [r.type, r.url, ...categories.map((c) => r.scores[c]), categories.every((c) => r.scores[c] === 100) ? '100 ok' : 'MISSED']),
  ]);
  // Lighthouse's CPU benchmark for this machine: low values mean a busy or slow CPU, which inflates TBT.
  console.log(`benchmarkIndex per run: ${results.map((r) => Math.round(r.benchmarkIndex ?? 0)).join(', ')}`);
  if (failing.length > 0) console.log(`\nAudits below full marks:\n${failing.map((f) => `- ${f}`).join('\n')}`);
  return { results, failing };
}
