import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
const pin = JSON.parse(readFileSync('scripts/node-binary.json', 'utf8')) as { version: string; sha256: Record<string, string> };
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with the guard and its pins but no installed Node, like `npm ci --ignore-scripts` leaves it. */
function projectWithoutNode(): string {
  // Inside node_modules/.cache so a hard link to the real binary stays on one file system.
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = mkdtempSync(resolve('node_modules/.cache/guard-test-'));
  temps.push(dir);
  mkdirSync(join(dir, 'scripts'));
  for (const file of ['package.json', 'scripts/guard.cjs', 'scripts/node-binary.json']) copyFileSync(file, join(dir, file));
  return dir;
}

/** PATH without any project's node_modules/.bin: the machine's own `node` (or, failing that, this one). */
function machinePath(): string {
  const entries = (process.env.PATH ?? '').split(delimiter).filter((p) => !p.includes('node_modules'));
  const hasNode = entries.some((p) => existsSync(join(p, process.platform === 'win32' ? 'node.exe' : 'node')));
  return [...entries, ...(hasNode ? [] : [dirname(process.execPath)])].join(delimiter);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ status: number | null; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(command, args, { cwd, env });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (status) => ok({ status, stderr }));
  });
}

describe('an install that explains itself', () => {
  it('every npm script starts with the guard', () => {
    const unguarded = Object.entries(pkg.scripts).filter(([, command]) => !command.startsWith('node scripts/guard.cjs && '));
    expect(unguarded).toEqual([]);
  });

  it('the pinned checksums are for the Node version package.json installs', () => {
    expect(pkg.devDependencies.node).toBe(pin.version);
    expect(Object.keys(pin.sha256)).toContain('linux-x64');
    for (const sum of Object.values(pin.sha256)) expect(sum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('without Node 24 (install scripts skipped), every npm script stops with one line saying why and what to run', async () => {
    const dir = projectWithoutNode();
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: machinePath() };
    for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
    // Four at a time: twenty npm processes at once would swamp a small CI machine.
    const names = Object.keys(pkg.scripts);
    const results: { name: string; status: number | null; stderr: string }[] = [];
    for (let i = 0; i < names.length; i += 4) {
      const batch = names.slice(i, i + 4);
      results.push(...(await Promise.all(batch.map(async (name) => ({ name, ...(await run('npm', ['run', '--silent', name], dir, env)) })))));
    }
    expect(results.length).toBeGreaterThan(15);
    for (const { name, status, stderr } of results) {
      expect(status, name).not.toBe(0);
      const ours = stderr.split('\n').filter((l) => l.includes('stopped:'));
      expect(ours, name).toEqual([
        `npm run ${name} stopped: Node ${pin.version} is missing from node_modules, because npm skipped the install script of the "node" package (npm ci --ignore-scripts, or install scripts blocked); run \`npm rebuild node\` and try again.`,
      ]);
    }
  }, 120_000);

  it('a Node binary that is not the pinned one stops every script, and the right one passes (and is hashed only once)', () => {
    const dir = projectWithoutNode();
    const binary = join(dir, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
    mkdirSync(dirname(binary), { recursive: true });
    try {
      linkSync(process.execPath, binary);
    } catch {
      copyFileSync(process.execPath, binary);
    }
    const platform = `${process.platform}-${process.arch}`;
    const guard = () => spawnSync(binary, ['scripts/guard.cjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_lifecycle_event: 'build' } });
    const pins = (sum: string) =>
      writeFileSync(join(dir, 'scripts/node-binary.json'), JSON.stringify({ version: process.versions.node, sha256: { [platform]: sum } }));

    pins('0'.repeat(64));
    const wrong = guard();
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(
      /^npm run build stopped: node_modules\/node\/bin\/node(\.exe)? is not the Node [\d.]+ binary the project pins \(SHA-256 [0-9a-f]{64}, expected 0{64}\); delete node_modules and run `npm ci`\.\n$/,
    );

    const real = spawnSync('sha256sum', [binary], { encoding: 'utf8' }).stdout.split(' ')[0] ?? '';
    if (real) {
      pins(real);
      expect(guard().status).toBe(0);
      expect(existsSync(join(dir, 'node_modules/.cache/buurkracht-node-check.json'))).toBe(true);
    }
  });
});
