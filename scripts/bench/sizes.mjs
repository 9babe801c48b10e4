// What a first visit downloads per page type, measured in Chromium against nginx
// (which gzips at level 6, deploy/nginx/site.conf). Wire bytes include HTTP headers,
// as the 14 KB first-round-trip rule counts them; brotli is computed on the same bodies.
import { brotliCompressSync, constants } from 'node:zlib';
import { launch } from '../../tests/e2e/browser.ts';
import { fmt, kb, table } from './table.mjs';

const viewports = {
  mobile: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 },
};

const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function visit(browser, url, device) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { type: e.type, url: e.response.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const totals = { html: 0, css: 0, js: 0, img: 0, font: 0, other: 0, brotliHtmlCss: 0, jsFiles: 0 };
  for (const [id, r] of requests) {
    const kind = { Document: 'html', Stylesheet: 'css', Script: 'js', Image: 'img', Font: 'font' }[r.type] ?? 'other';
    totals[kind] += r.bytes;
    if (kind === 'js') totals.jsFiles++;
    if (kind === 'html' || kind === 'css') {
      const body = await cdp.send('Network.getResponseBody', { requestId: id }).catch(() => null);
      if (body) totals.brotliHtmlCss += brotli(Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8'));
    }
  }
  await context.close();
  return totals;
}

export async function sizes(baseUrl, samples) {
  const browser = await launch();
  const results = [];
  try {
    for (const [name, device] of Object.entries(viewports)) {
      console.log(`\n## First-visit bytes, ${name} (${device.viewport.width}×${device.viewport.height} @${device.deviceScaleFactor}x)`);
      const rows = [['page type', 'URL', 'HTML+CSS gzip (wire)', 'HTML+CSS brotli-11', 'JS', 'images', 'fonts', 'goal']];
      for (const { type, url } of samples) {
        const t = await visit(browser, baseUrl + url, device);
        results.push({ viewport: name, type, url, ...t });
        const goals = [];
        if (type === 'article') goals.push(`HTML+CSS ≤ 14 KB ${t.html + t.css <= 14 * 1024 ? 'ok' : 'MISSED'}`);
        if (type === 'article' || type === 'action') goals.push(`0 JS ${t.js === 0 ? 'ok' : 'MISSED'}`);
        if (type === 'home') goals.push(`images ≤ 200 KB ${t.img <= 200 * 1024 ? 'ok' : 'MISSED'}`);
        rows.push([
          type,
          url,
          kb(t.html + t.css),
          kb(t.brotliHtmlCss),
          t.js ? `${kb(t.js)} (${fmt(t.jsFiles)} files)` : '0',
          kb(t.img),
          kb(t.font),
          goals.join(', '),
        ]);
      }
      table(rows);
    }
  } finally {
    await browser.close();
  }
  return results;
}
