/**
 * Starts a real nginx with the shipped configuration (deploy/nginx/site.conf)
 * in front of a built site, on a free localhost port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Server {
  url: string;
  stop: () => void;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

export function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  throw new Error('nginx is not installed: run `npm run setup:test` (it installs Debian’s nginx and chromium)');
}

/**
 * `includes` are extra nginx files included into the server block before site.conf, the way a
 * deployment adds the generated dist/nginx-redirects.conf.
 */
export async function startNginx(root: string, siteConf = 'deploy/nginx/site.conf', includes: string[] = []): Promise<Server> {
  const nginx = nginxBinary();
  const prefix = mkdtempSync(join(tmpdir(), 'buurkracht-nginx-'));
  // BUURKRACHT_PORT pins the port (a shared machine hands each session its own); otherwise any free one.
  const port = Number(process.env.BUURKRACHT_PORT) || (await freePort());
  const conf = `
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { text/csv csv; application/rss+xml xml-rss; }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${resolve(root)};
    ${includes.map((file) => `include ${resolve(file)};`).join('\n    ')}
    ${readFileSync(siteConf, 'utf8')}
  }
}`;
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  const test = spawnSync(nginx, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  const proc = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    stop: () => {
      proc.kill('SIGQUIT');
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
