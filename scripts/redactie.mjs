#!/usr/bin/env node
// npm run redactie: the visual editor on this laptop. Starts Decap's local proxy (decap-server, which
// reads and writes the files in content/) and the editor page, then opens http://127.0.0.1:4509/admin/.
// Nothing is published by saving: a change goes online when it is committed and pushed (docs/redactiegids.md).
// Options: --no-open (do not open a browser), --port N (editor page, default 4509), --proxy-port N
// (decap-server, default 4510). BUURKRACHT_CONTENT picks another content folder, as for the check.
// --export DIR --repo owner/name [--base-url URL]: writes the editor for GitHub as static files instead
// (docs/editor.md); nothing is started.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportEditor, startEditorServer } from './lib/editor/server.mjs';

const { values } = parseArgs({
  options: {
    open: { type: 'boolean', default: true },
    'no-open': { type: 'boolean' },
    port: { type: 'string', default: '4509' },
    'proxy-port': { type: 'string', default: '4510' },
    export: { type: 'string' },
    repo: { type: 'string' },
    branch: { type: 'string', default: 'main' },
    'base-url': { type: 'string' },
  },
});
if (values.export) {
  if (!values.repo) throw new Error('--export needs --repo owner/name (the GitHub repository of the site)');
  const backend = { name: 'github', repo: values.repo, branch: values.branch, ...(values['base-url'] ? { base_url: values['base-url'] } : {}) };
  await exportEditor(resolve(values.export), { backend });
  console.log(`De editor staat in ${resolve(values.export)}/admin/ (backend: GitHub, ${values.repo}).`);
  process.exit(0);
}
const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(process.env.BUURKRACHT_CONTENT ?? join(root, 'content'));
const proxyUrl = `http://127.0.0.1:${values['proxy-port']}`;

// decap-server writes inside GIT_REPO_DIRECTORY only; the editor's paths start with the content folder's name.
const proxy = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
  env: { ...process.env, GIT_REPO_DIRECTORY: dirname(contentDir), MODE: 'fs', PORT: values['proxy-port'], BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = () => {
  proxy.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
proxy.on('exit', (code) => {
  console.error(`De opslag-server (decap-server) is gestopt${code ? ` met code ${code}` : ''}.`);
  process.exit(code ?? 1);
});

try {
  await startEditorServer({ port: Number(values.port), contentDir, proxyUrl });
} catch (error) {
  console.error(`De redactie kon niet starten op poort ${values.port}: ${error.message}. Draait hij al in een ander venster?`);
  proxy.kill();
  process.exit(1);
}
for (let i = 0; i < 100; i++) {
  const up = await fetch(`${proxyUrl}/api/v1`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }).then(
    () => true,
    () => false,
  );
  if (up) break;
  await new Promise((r) => setTimeout(r, 100));
}

const url = `http://127.0.0.1:${values.port}/admin/`;
console.log(`De redactie draait: ${url}\nOpslaan schrijft in ${contentDir}. Stoppen: Ctrl+C.`);
if (values.open && !values['no-open']) {
  const opener = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  spawn(opener[0], opener[1], { stdio: 'ignore', detached: true })
    .on('error', () => console.log(`Open ${url} in je browser.`))
    .unref();
}
