import { describe, expect, inject, it } from 'vitest';
import { readUrlList } from '../../scripts/gates/urls.mjs';

const base = inject('baseUrl');

describe('URLs that never die', () => {
  it('every URL in deploy/public-urls.txt opens under nginx, directly or through a redirect', async () => {
    const list = readUrlList('deploy/public-urls.txt');
    expect(list.length).toBeGreaterThan(20);
    const lost: string[] = [];
    for (const path of list) {
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      if (res.status !== 200) lost.push(`${path}: ${res.status}`);
    }
    expect(lost).toEqual([]);
  });

  it('a printed path without its trailing slash opens the same page', async () => {
    const page = readUrlList('deploy/public-urls.txt').find((p) => p.length > 1 && p.endsWith('/'));
    expect(page).toBeDefined();
    const res = await fetch(`${base}${page?.slice(0, -1)}?utm_source=magazine`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(await (await fetch(`${base}${page}`)).text());
  });
});
