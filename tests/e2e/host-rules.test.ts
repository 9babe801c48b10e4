import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, pagePathOf, readPages, serves } from '../../scripts/gates/site.mjs';
import { headersFor, parseHeadersFile, parseRedirectsFile, redirectFor } from '../../scripts/lib/hostFiles.mjs';
import { hostPolicy, type RuleLink } from '../../src/lib/hostPolicy';
import { cspFirstInHead } from '../../src/lib/hostPolicy/csp';
import { type Host, renderHeadersFile, renderRedirectsFile } from '../../src/lib/hostPolicy/render';
import { printedLinks } from './printed';

const base = inject('baseUrl');
const hosts: Host[] = ['cloudflare', 'netlify'];

// The same inputs the build used: the policies in the built pages and the campaign links.
const policy = hostPolicy(
  readPages('dist').flatMap((p) => cspFirstInHead(p.html).policy ?? []),
  JSON.parse(readFileSync('dist/qr/links.json', 'utf8')) as RuleLink[],
);
const handWritten = existsSync('public/_redirects') ? readFileSync('public/_redirects', 'utf8') : '';
const files = Object.fromEntries(
  hosts.map((host) => [
    host,
    { headers: parseHeadersFile(renderHeadersFile(policy, host)), redirects: parseRedirectsFile(renderRedirectsFile(policy, host, handWritten).text) },
  ]),
) as Record<Host, { headers: ReturnType<typeof parseHeadersFile>; redirects: ReturnType<typeof parseRedirectsFile> }>;

const policyHeaders = [
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'content-security-policy',
  'cache-control',
];
const hidden = new Set(policy.hidden);

async function nginxAnswer(url: string) {
  const res = await fetch(`${base}${url}`, { redirect: 'manual' });
  const body = await res.text();
  return { status: res.status, location: res.headers.get('location'), headers: Object.fromEntries(policyHeaders.map((h) => [h, res.headers.get(h)])), body };
}

describe('the generated _headers and _redirects state the policy nginx applies', () => {
  it('the build wrote the Cloudflare files this policy renders (nginx builds ship them for npm start and Cloudflare)', () => {
    expect(readFileSync('dist/_headers', 'utf8')).toBe(renderHeadersFile(policy, 'cloudflare'));
    expect(readFileSync('dist/_redirects', 'utf8')).toBe(renderRedirectsFile(policy, 'cloudflare', handWritten).text);
  });

  it('for every file of the build, each host would send the headers nginx sends', async () => {
    const differences: string[] = [];
    for (const path of [...new Set(listFiles('dist').map(pagePathOf))].filter((p) => !hidden.has(p))) {
      const got = (await nginxAnswer(path)).headers;
      for (const host of hosts) {
        const want = headersFor(files[host].headers, path, host);
        for (const h of policyHeaders) if ((want[h] ?? null) !== got[h]) differences.push(`${host} ${path} ${h}: _headers "${want[h]}", nginx "${got[h]}"`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('every rule of each _redirects (short paths, slashless printed paths, every listed variant) answers the same under nginx', async () => {
    const differences: string[] = [];
    const urls = new Set<string>();
    for (const host of hosts) for (const r of files[host].redirects) urls.add(r.from);
    for (const link of printedLinks) urls.add(`${new URL(link.url).pathname}${new URL(link.url).search}`);
    expect(urls.size).toBeGreaterThan(500);
    for (const url of urls) {
      const got = await nginxAnswer(url);
      for (const host of hosts) {
        const want = redirectFor(files[host].redirects, url, host, (p: string) => serves('dist', p));
        if (want === undefined) {
          if (got.status !== 200) differences.push(`${host} ${url}: no rule, nginx ${got.status}`);
        } else if ('rewrite' in want) {
          const target = await nginxAnswer(want.rewrite);
          if (got.status !== 200 || got.body !== target.body) differences.push(`${host} ${url}: serves ${want.rewrite}, nginx ${got.status}`);
        } else if (got.status !== want.status || got.location !== want.location) {
          differences.push(`${host} ${url}: ${want.status} ${want.location}, nginx ${got.status} ${got.location}`);
        }
      }
    }
    expect(differences).toEqual([]);
  });
});
