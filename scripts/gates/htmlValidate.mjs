import { HtmlValidate } from 'html-validate';
import { isRedirectStub } from './site.mjs';

/**
 * html-validate with the project's .htmlvalidate.json over every page: errors only (warnings are advice).
 * @param {import('./site.mjs').Page[]} pages
 */
export async function validatePages(pages, config = undefined) {
  const validator = config ? new HtmlValidate(config) : new HtmlValidate();
  const problems = [];
  for (const page of pages) {
    // Astro writes redirect stubs from a fixed template (no <html lang>, no <head>); nothing of ours to fix there.
    if (isRedirectStub(page.html)) continue;
    const report = await validator.validateString(page.html, `.${page.file}`);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  return problems;
}
