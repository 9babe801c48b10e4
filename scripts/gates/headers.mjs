/**
 * Reads `_headers` files (Cloudflare Pages / Netlify) and answers which headers a path gets, so tests can
 * hold the generated files and the nginx configuration to one policy. The reader lives in
 * scripts/lib/hostFiles.mjs, which the local server (scripts/serve.mjs) shares.
 */
export { headersFor, parseHeadersFile, patternToRegExp, samplePath } from '../lib/hostFiles.mjs';
