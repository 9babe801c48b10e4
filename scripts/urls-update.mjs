// Rewrites deploy/public-urls.txt from the build: new URLs are added on purpose; dropping one
// needs --allow-removal, because printed QR codes and other sites may point at it for years.
import { writeFileSync } from 'node:fs';
import { publicUrls, readUrlList } from './gates/urls.mjs';

const listFile = 'deploy/public-urls.txt';
const dist = process.argv.includes('--dist') ? (process.argv[process.argv.indexOf('--dist') + 1] ?? 'dist') : 'dist';
const allowRemoval = process.argv.includes('--allow-removal');

const before = readUrlList(listFile);
const now = publicUrls(dist);
const added = now.filter((u) => !before.includes(u));
const gone = before.filter((u) => !now.includes(u));
const kept = allowRemoval ? now : [...new Set([...before, ...now])].sort();

writeFileSync(
  listFile,
  `# Every public URL of the site. Tests fail when one stops being served without a redirect.
# Update with \`npm run urls:update\` after a build; removing URLs needs \`-- --allow-removal\`.
${kept.join('\n')}
`,
);
for (const u of added) console.log(`+ ${u}`);
for (const u of gone)
  console.log(allowRemoval ? `- ${u} (removed)` : `! ${u} is no longer built; kept in the list (add a redirect, or run with --allow-removal)`);
console.log(`${kept.length} URLs in ${listFile}: ${added.length} added, ${allowRemoval ? gone.length : 0} removed`);
if (gone.length && !allowRemoval) process.exitCode = 1;
