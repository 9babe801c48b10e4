// The editor's own small web server, for npm run redactie: the editor page at /admin/, Decap CMS from
// node_modules (nothing from a CDN), the configuration generated from src/model/, and the content check
// that runs after every save. Only ever bound to 127.0.0.1; it is never part of dist/.
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { collections } from '../../../src/model/index.ts';
import { checkContent } from '../check/index.mjs';
import { formatProblem } from '../check/report.mjs';
import { editorComponents, editorConfig } from './config.mjs';

const require = createRequire(import.meta.url);
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const localeNl = require.resolve('decap-cms-locales/dist/esm/nl/index.js');
const browserDir = join(import.meta.dirname, 'browser');

const types = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/**
 * The editor page's own policy. Decap needs inline styles (its CSS-in-JS) and eval (its config
 * validator compiles schemas); it reads uploads from blob: URLs and talks to the proxy and to nothing else.
 */
const policy = (apiOrigins, imageOrigins = '') =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${imageOrigins}`.trim(),
    "font-src 'self' data:",
    `connect-src 'self' blob: ${apiOrigins}`,
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
  ].join('; ');

const page = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Redactie · Buurkracht</title>
<link rel="stylesheet" href="./editor.css">
<script src="./manual-init.js"></script>
<script src="./vendor/decap-cms.js"></script>
<script type="module" src="./editor.js"></script>
</head>
<body></body>
</html>
`;

/** The newest file in a collection's folder: the one Decap just wrote (a new entry has no name yet). */
async function newestFile(dir, extension) {
  const files = (await readdir(dir)).filter((f) => f.endsWith(extension));
  const times = await Promise.all(files.map(async (f) => [f, (await stat(join(dir, f))).mtimeMs]));
  return times.sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Runs the content check and reports on one saved entry, in the words check:content prints. */
export async function checkSaved(contentDir, { collection, slug }) {
  const model = collections[collection];
  if (!model) return { ok: false, file: collection, report: `Onbekende verzameling: ${collection}` };
  const dir = join(contentDir, model.folder);
  const name = slug ? `${slug}${model.extension}` : await newestFile(dir, model.extension);
  const file = join(dir, name ?? '');
  const result = await checkContent(contentDir, { spelling: false });
  const mine = result.errors.filter((p) => resolve(p.file) === resolve(file));
  const shown = relative(dirname(contentDir), file);
  return {
    ok: mine.length === 0,
    file: shown,
    report: mine.map((p) => formatProblem({ ...p, file: shown })).join('\n\n'),
    others: result.errors.length - mine.length,
  };
}

async function body(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/**
 * The editor's own files under /admin/, each a function that reads it. `check` says whether a server
 * runs the content check after saving (locally yes; online, CI checks the pull request instead).
 */
export function editorFiles({ backend, contentPath = 'content', check, workflow = false }) {
  return {
    '/admin/': () => ({ type: '.html', data: page }),
    '/admin/manual-init.js': () => ({ type: '.js', data: 'window.CMS_MANUAL_INIT = true;\n' }),
    '/admin/editor.js': async () => ({ type: '.js', data: await readFile(join(browserDir, 'editor.js')) }),
    '/admin/editor.css': async () => ({ type: '.css', data: await readFile(join(browserDir, 'editor.css')) }),
    '/admin/locale-nl.js': async () => ({ type: '.js', data: await readFile(localeNl) }),
    '/admin/config.json': () => ({
      type: '.json',
      data: JSON.stringify({ config: editorConfig({ backend, contentPath, workflow }), components: editorComponents, check }),
    }),
  };
}

/** Writes the editor as static files into `dir` (admin/ and its vendor/ folder), for a host of its own. */
export async function exportEditor(dir, { backend }) {
  const { mkdir, writeFile, copyFile } = await import('node:fs/promises');
  await mkdir(join(dir, 'admin/vendor'), { recursive: true });
  for (const [path, read] of Object.entries(editorFiles({ backend, check: false, workflow: true }))) {
    const { data } = await read();
    await writeFile(join(dir, path.endsWith('/') ? `${path}index.html` : path), data);
  }
  for (const name of await readdir(decapDist)) {
    // decap-cms.js, its lazily loaded chunks (n.decap-cms.js) and wasm; cms.js is the same bundle again.
    if (/(^|\.)decap-cms\.js$|\.(css|wasm)$/.test(name)) await copyFile(join(decapDist, name), join(dir, 'admin/vendor', name));
  }
  const origins = ['https://api.github.com', ...(backend.base_url ? [new URL(backend.base_url).origin] : [])].join(' ');
  // For Cloudflare Pages or Netlify; another host sets the same two headers for /admin/.
  await writeFile(
    join(dir, '_headers'),
    `/admin/*\n  Content-Security-Policy: ${policy(origins, 'https://avatars.githubusercontent.com')}\n  X-Robots-Tag: noindex, nofollow\n`,
  );
}

/**
 * Starts the editor server. `contentDir` is the content folder Decap writes into through the proxy at
 * `proxyUrl` (decap-server, started by scripts/redactie.mjs).
 */
export function startEditorServer({ port, contentDir, proxyUrl }) {
  const backend = { name: 'proxy', proxy_url: `${proxyUrl}/api/v1`, branch: 'main' };
  const files = editorFiles({ backend, contentPath: basename(contentDir), check: true });
  const headers = {
    'content-security-policy': policy(new URL(proxyUrl).origin),
    'x-robots-tag': 'noindex, nofollow',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status, type, data) => {
      response.writeHead(status, { ...headers, 'content-type': types[type] ?? 'application/octet-stream' });
      response.end(data);
    };
    try {
      if (url.pathname === '/' || url.pathname === '/admin') {
        response.writeHead(302, { location: '/admin/' });
        return response.end();
      }
      if (url.pathname === '/admin/api/check' && request.method === 'POST') {
        return send(200, '.json', JSON.stringify(await checkSaved(contentDir, await body(request))));
      }
      if (files[url.pathname]) {
        const { type, data } = await files[url.pathname]();
        return send(200, type, data);
      }
      if (url.pathname.startsWith('/admin/vendor/')) {
        const name = basename(url.pathname);
        return send(200, extname(name), await readFile(join(decapDist, name)));
      }
      send(404, '.html', 'Niet gevonden');
    } catch (error) {
      send(error.code === 'ENOENT' ? 404 : 500, '.html', error.code === 'ENOENT' ? 'Niet gevonden' : String(error.stack ?? error));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}
