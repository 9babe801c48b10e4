// usage: node el.mjs base out width scheme path selector [index]
import { chromium } from 'playwright-core';

const [base, out, w, scheme, path, sel, idx = '0'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: 900 }, colorScheme: scheme });
const page = await ctx.newPage();
await page.goto(base + path, { waitUntil: 'networkidle' });
await page.locator(sel).nth(+idx).screenshot({ path: out });
await browser.close();
