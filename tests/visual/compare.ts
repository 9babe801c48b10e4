import pixelmatch from 'pixelmatch';
import sharp from 'sharp';

export interface Comparison {
  /** Share of pixels that changed, 0-1; 1 when the sizes differ. */
  changedShare: number;
  sizeChanged: boolean;
  /** A PNG that marks the changed pixels in red, when sizes match. */
  diff?: Buffer;
}

const rgba = async (png: Buffer) => {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
};

/** Compares two PNG screenshots pixel by pixel. */
export async function compare(actual: Buffer, reference: Buffer, threshold: number): Promise<Comparison> {
  const a = await rgba(actual);
  const r = await rgba(reference);
  if (a.width !== r.width || a.height !== r.height) return { changedShare: 1, sizeChanged: true };
  const out = Buffer.alloc(a.width * a.height * 4);
  const changed = pixelmatch(a.data, r.data, out, a.width, a.height, { threshold });
  const diff = await sharp(out, { raw: { width: a.width, height: a.height, channels: 4 } })
    .png()
    .toBuffer();
  return { changedShare: changed / (a.width * a.height), sizeChanged: false, diff };
}

/**
 * A reference as committed: quantised to a palette, which keeps forty full-page PNGs at a few
 * megabytes. Screenshots are compared after the same quantisation, so it never counts as a change.
 */
export function storable(png: Buffer): Promise<Buffer> {
  return sharp(png).png({ palette: true, colours: 256, dither: 0, compressionLevel: 9, effort: 10 }).toBuffer();
}
