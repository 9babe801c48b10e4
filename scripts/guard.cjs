#!/usr/bin/env node
// The first step of every npm script (package.json): stops with one line saying why and what to run
// when the project's Node is missing or is not the binary the project pins. It runs on whatever `node`
// npm finds first, the project's Node 24 from node_modules/.bin or, when that is missing, the machine's
// own Node, so it is plain CommonJS without dependencies.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = process.cwd();
const script = process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}` : 'this command';
function stop(why) {
  process.stderr.write(`${script} stopped: ${why}\n`);
  process.exit(1);
}

const pin = JSON.parse(fs.readFileSync(path.join(root, 'scripts', 'node-binary.json'), 'utf8'));
const binary = path.join(root, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
const platform = `${process.platform}-${process.arch}`;
const real = (file) => {
  try {
    return fs.realpathSync(file);
  } catch (_) {
    return file;
  }
};

if (!fs.existsSync(binary)) {
  stop(
    `Node ${pin.version} is missing from node_modules, because npm skipped the install script of the "node" package (npm ci --ignore-scripts, or install scripts blocked); run \`npm rebuild node\` and try again.`,
  );
}
if (process.version !== `v${pin.version}` || real(process.execPath) !== real(binary)) {
  stop(
    `it runs on Node ${process.version} at ${process.execPath}, not on the project's Node ${pin.version} in node_modules; run it with npm from the project folder.`,
  );
}
const expected = pin.sha256?.[platform];
if (!expected) {
  stop(
    `scripts/node-binary.json pins no checksum for Node ${pin.version} on ${platform}; add the SHA-256 of ${path.relative(root, binary)} once you have checked that binary.`,
  );
}

// Hashing 120 MB on every script would cost a second; a stamp remembers the file that was checked.
const stat = fs.statSync(binary);
const identity = {
  version: pin.version,
  platform,
  sha256: expected,
  size: stat.size,
  mtimeMs: stat.mtimeMs,
  ctimeMs: stat.ctimeMs,
  ino: stat.ino,
  dev: stat.dev,
};
const stampFile = path.join(root, 'node_modules', '.cache', 'buurkracht-node-check.json');
let stamp = null;
try {
  stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
} catch (_) {}
if (!stamp || JSON.stringify(stamp) !== JSON.stringify(identity)) {
  const actual = crypto.createHash('sha256').update(fs.readFileSync(binary)).digest('hex');
  if (actual !== expected) {
    stop(
      `${path.relative(root, binary)} is not the Node ${pin.version} binary the project pins (SHA-256 ${actual}, expected ${expected}); delete node_modules and run \`npm ci\`.`,
    );
  }
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, `${JSON.stringify(identity)}\n`);
}
