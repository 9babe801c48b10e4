// Runs a command under GNU time and returns wall time, peak memory and its output.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** Peak RSS is the largest single process in the tree (getrusage of waited children), as GNU time reports it. */
export function measure(command, args, { env = process.env, log }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const file = createWriteStream(log);
    let output = '';
    const keep = (chunk) => {
      file.write(chunk);
      output += chunk;
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (status) => {
      file.end();
      const seconds = (performance.now() - started) / 1000;
      const peakKb = Number(output.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? Number.NaN);
      const time = (what) => Number(output.match(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`))?.[1] ?? Number.NaN);
      // CPU time (user + system, all processes) is far steadier than wall time on a shared machine.
      resolve({ status, seconds, cpuSeconds: time('User') + time('System'), peakMb: peakKb / 1024, output });
    });
  });
}
