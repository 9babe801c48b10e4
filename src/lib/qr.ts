import QRCode, { type QRCodeToBufferOptions, type QRCodeToStringOptions } from 'qrcode';

/** Print-ready settings: error correction M, the standard 4-module quiet zone, pure black on white. */
const print = {
  errorCorrectionLevel: 'M',
  margin: 4,
  color: { dark: '#000000ff', light: '#ffffffff' },
} as const;

/** Pixels per module in the PNG: 16 px gives about 1 mm modules at 400 dpi. */
export const pngScale = 16;

/** A QR code for `text` as a standalone SVG (scalable, for the printer). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    ...print,
    type: 'svg',
  } satisfies QRCodeToStringOptions);
}

/** A QR code for `text` as a PNG. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    ...print,
    type: 'png',
    scale: pngScale,
  } satisfies QRCodeToBufferOptions);
}
