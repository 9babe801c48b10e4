import { readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deployTarget, hostPolicy, nginxIncludeFile, type RuleLink } from '../lib/hostPolicy';
import { cspFirstInHead } from '../lib/hostPolicy/csp';
import { renderHeadersFile, renderNginx, renderRedirectsFile } from '../lib/hostPolicy/render';
import { builtHtmlFiles, readHead } from './builtPages';

/** Moves each page's CSP `<meta>` first in `<head>` and returns the distinct policies and how many pages have one. */
function policiesOfPages(out: string): { policies: string[]; pages: number } {
  // A Set, not a list: a policy is a slice of its page's text, and V8 keeps the whole page alive for
  // as long as the slice lives (at 10,000 pages a list held some 400 MB of HTML).
  const policies = new Set<string>();
  let pages = 0;
  for (const file of builtHtmlFiles(out)) {
    // Astro writes the policy first in the head, so the head alone nearly always tells: the whole
    // page is read only when the policy is not there (to move it, or to find none).
    const head = readHead(join(out, file)) ?? '';
    const inHead = cspFirstInHead(head);
    const whole = inHead.policy === undefined || inHead.html !== head ? readFileSync(join(out, file), 'utf8') : undefined;
    const moved = whole === undefined ? inHead : cspFirstInHead(whole);
    if (moved.policy === undefined) continue;
    pages++;
    policies.add(moved.policy);
    if (whole !== undefined && moved.html !== whole) writeFileSync(join(out, file), moved.html);
  }
  return { policies: [...policies], pages };
}

/**
 * Writes the host rules from the built site: the page policy from the CSP Astro wrote into every page
 * (so new scripts and their hashes are covered without a hand-kept list), short paths and printed links
 * from /qr/links.json. `_headers` and `_redirects` for Cloudflare Pages or Netlify, and the nginx include.
 */
export function hostRules(): AstroIntegration {
  return {
    name: 'buurkracht:host-rules',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { policies, pages } = policiesOfPages(out);
        const links = JSON.parse(await readFile(join(out, 'qr', 'links.json'), 'utf8')) as RuleLink[];
        const policy = hostPolicy(policies, links);
        const target = deployTarget(process.env);
        const host = target === 'netlify' ? 'netlify' : 'cloudflare';
        // Hand-written rules from public/_redirects come first: on Netlify and Cloudflare the first match wins.
        const handWritten = await readFile(join(out, '_redirects'), 'utf8').catch(() => '');
        const redirects = renderRedirectsFile(policy, host, handWritten);
        await writeFile(join(out, '_headers'), renderHeadersFile(policy, host));
        await writeFile(join(out, '_redirects'), redirects.text);
        // On Netlify and Cloudflare Pages an nginx file would be published as a page: only nginx builds get one.
        if (target === 'nginx') await writeFile(join(out, nginxIncludeFile), renderNginx(policy));
        if (redirects.dropped > 0) {
          logger.warn(`_redirects: left out the ${redirects.dropped} least likely variants of printed links to stay within Cloudflare's 2,000 rules`);
        }
        logger.info(
          `host rules for ${target}: CSP header from ${pages} pages (${policies.length} distinct policies), ${links.length} campaign links` +
            `${target === 'nginx' ? `; wrote _headers, _redirects (Cloudflare syntax) and ${nginxIncludeFile}` : '; wrote _headers and _redirects'}`,
        );
      },
    },
  };
}
