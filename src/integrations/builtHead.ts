import { open } from 'node:fs/promises';

const headEnd = Buffer.from('</head>');
const chunk = 16 * 1024;

/**
 * The start of a built page up to and including `</head>`, or the whole file when it has no
 * `</head>`; null when the file does not exist. The steps after a build that need only a page's
 * head (its Open Graph tags, its CSP) read this instead of the whole page: at 10,000 pages that is
 * a few kilobytes a page instead of a hundred.
 */
export async function readHead(file: string): Promise<string | null> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    let bytes = Buffer.alloc(0);
    for (;;) {
      const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(chunk) });
      // Search only where a new `</head>` can be: the new bytes and the few before them.
      const from = Math.max(0, bytes.length - headEnd.length);
      bytes = Buffer.concat([bytes, buffer.subarray(0, bytesRead)]);
      const end = bytes.indexOf(headEnd, from);
      if (end >= 0) return bytes.subarray(0, end + headEnd.length).toString('utf8');
      if (bytesRead === 0) return bytes.toString('utf8');
    }
  } finally {
    await handle.close();
  }
}
