import { embedPathPatterns } from '../urls';
import { type Csp, mergeCsps, parseCsp, serializeCsp, withDirective } from './csp';

/**
 * One header rule: a path pattern in `_headers` syntax (`*` any characters, `:name` one segment) and the
 * headers it sets. Rules apply in order and a later rule's value for a header replaces an earlier one;
 * every renderer (nginx, Cloudflare, Netlify) states exactly that in its own syntax.
 */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
  /** Printed above the rule in the generated files. */
  why: string;
}

/** Sent with every response. */
export const securityHeaders = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** Every file without a content hash in its name: the browser may keep it, but asks (ETag) before using it. */
export const revalidate = 'no-cache';
/** Files whose name changes with their content. */
export const immutable = 'public, max-age=31536000, immutable';

/** Astro's bundles and images, and Pagefind's chunks (not its entry files, which keep their names). */
export const hashedPatterns = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/pagefind/*.pf_meta'] as const;

/**
 * Files a browser may open on their own that need no script, no outside resource and no page of ours
 * around them: an SVG with a `<script>`, opened directly, runs nothing (`sandbox`, no script source).
 * SVG charts may style themselves with a `<style>` block, so SVG keeps inline styles.
 */
export const dataCsp = {
  svg: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
  json: "default-src 'none'; frame-ancestors 'none'; sandbox",
  csv: "default-src 'none'; frame-ancestors 'none'; sandbox",
  xml: "default-src 'none'; frame-ancestors 'none'; sandbox",
} as const;

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * The page policy as an HTTP header, from the `<meta>` policies Astro wrote into the built pages: every
 * directive and script hash any page declares. Style hashes stay in each page's own `<meta>` (it comes
 * first in `<head>`, and both policies apply): the union of every page's inline-style hashes would pass
 * Cloudflare's 2,000-character line limit, so the header allows inline styles and the meta narrows them.
 */
export function pageCsp(metaPolicies: string[]): Csp {
  const merged = mergeCsps(metaPolicies.map(parseCsp));
  const scripts = merged.get('script-src');
  if (!scripts) throw new Error('no built page declares script-src: is security.csp still on in astro.config.mjs?');
  if (scripts.includes("'unsafe-inline'")) throw new Error("a page allows 'unsafe-inline' scripts; the header policy would inherit it");
  const styles = (merged.get('style-src') ?? ["'self'"]).filter((s) => !isHash(s));
  return withDirective(merged, 'style-src', [...styles.filter((s) => s !== "'unsafe-inline'"), "'unsafe-inline'"]);
}

/** Header rules for a build, in order: site-wide first, narrower rules after. */
export function headerRules(metaPolicies: string[], embeds: readonly string[] = embedPathPatterns): HeaderRule[] {
  const page = pageCsp(metaPolicies);
  const framed = (ancestors: string) => serializeCsp(withDirective(page, 'frame-ancestors', [ancestors]));
  return [
    {
      pattern: '/*',
      why: 'Every response: transport, sniffing, referrer and feature policies; pages may not be framed; revalidate before reuse.',
      headers: { ...securityHeaders, 'Content-Security-Policy': framed("'none'"), 'Cache-Control': revalidate },
    },
    ...embeds.map((pattern) => ({
      pattern,
      why: 'Figure embeds: any site may frame them.',
      headers: { 'Content-Security-Policy': framed('*') },
    })),
    ...Object.entries(dataCsp).map(([ext, csp]) => ({
      pattern: `/*.${ext}`,
      why: `${ext.toUpperCase()} files: nothing runs, nothing loads.`,
      headers: { 'Content-Security-Policy': csp },
    })),
    ...hashedPatterns.map((pattern) => ({
      pattern,
      why: 'The name changes with the content: keep it for a year.',
      headers: { 'Cache-Control': immutable },
    })),
  ];
}
