import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHead } from '../../src/integrations/builtPages';

const dir = mkdtempSync(join(tmpdir(), 'built-head-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('readHead', () => {
  it('stops at the end of the head, even when it falls across two reads', async () => {
    // 16 KB a read: put `</head>` across the first boundary, with a multi-byte letter before it.
    const start = '<html><head><title>Één ';
    const head = `${start}${'x'.repeat(16 * 1024 - 3 - Buffer.byteLength(`${start}</title>`))}</title></head>`;
    const file = page('across.html', `${head}<body>${'tekst '.repeat(10_000)}</body></html>`);
    expect(Buffer.byteLength(head.slice(0, head.indexOf('</head>')))).toBeLessThan(16 * 1024);
    expect(Buffer.byteLength(head)).toBeGreaterThan(16 * 1024);
    expect(readHead(file)).toBe(head);
  });

  it('reads a head longer than one read in full', async () => {
    const head = `<html><head><meta name="x" content="${'y'.repeat(50_000)}"></head>`;
    expect(readHead(page('long.html', `${head}<body></body></html>`))).toBe(head);
  });

  it('gives the whole file when there is no head, and null when there is no file', async () => {
    expect(readHead(page('bare.html', 'Alleen tekst'))).toBe('Alleen tekst');
    expect(readHead(join(dir, 'missing.html'))).toBeNull();
  });
});
