/**
 * PNG text chunks (tEXt), so a downloaded chart keeps its title, source and terms of use when it is
 * separated from the page. sharp writes no text chunks, so they are inserted after IHDR here.
 */
import { crc32 } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Adds `keyword: text` pairs as tEXt chunks (Latin-1, as the PNG standard asks) right after IHDR. */
export function withPngText(png: Buffer, text: Record<string, string>): Buffer {
  const ihdrEnd = 8 + 8 + png.readUInt32BE(8) + 4;
  const chunks = Object.entries(text).map(([k, v]) =>
    chunk(
      'tEXt',
      Buffer.from(`${k}\0${v.replace(/[^\x20-\xff\n]/g, (c) => (c === '’' ? "'" : c === '“' || c === '”' ? '"' : c === '–' ? '-' : '?'))}`, 'latin1'),
    ),
  );
  return Buffer.concat([png.subarray(0, ihdrEnd), ...chunks, png.subarray(ihdrEnd)]);
}

/** Reads the tEXt chunks of a PNG, for tests. */
export function pngText(png: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'tEXt') {
      const body = png.toString('latin1', at + 8, at + 8 + length);
      const nul = body.indexOf('\0');
      out[body.slice(0, nul)] = body.slice(nul + 1);
    }
    at += 12 + length;
  }
  return out;
}
