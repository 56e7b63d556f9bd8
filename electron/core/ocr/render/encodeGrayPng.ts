import zlib from 'node:zlib';

/**
 * RGBA pixels → an 8-bit grayscale PNG. Tesseract binarises a gray image itself, so colour adds
 * nothing but bytes: one channel is a quarter of the data to deflate here and to inflate again in
 * Tesseract's WebAssembly. Our own encoder because the canvas's PNG encoder writes RGBA only and
 * takes about six times longer on a 300 dpi page.
 */

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** PNG row filter "Up": each byte minus the one above; blank paper deflates to almost nothing. */
const FILTER_UP = 2;

/** `gray` is width × height bytes, one per pixel, rows top to bottom. */
export function encodeGrayPng(gray: Uint8Array, width: number, height: number): Uint8Array {
  if (gray.length !== width * height) throw new RangeError('Gray buffer size does not match.');
  const stride = width + 1;
  const filtered = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const rowStart = y * stride;
    const pixels = y * width;
    filtered[rowStart] = FILTER_UP;
    if (y === 0) {
      filtered.set(gray.subarray(0, width), rowStart + 1);
      continue;
    }
    const above = pixels - width;
    for (let x = 0; x < width; x += 1) {
      filtered[rowStart + 1 + x] = (gray[pixels + x]! - gray[above + x]!) & 0xff;
    }
  }
  // Level 1: scans of paper compress well anyway; the image is inflated once, in memory.
  const idat = zlib.deflateSync(filtered, { level: 1 });
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: grayscale
  // compression 0 (deflate), filter method 0, no interlace: bytes 10–12 stay 0.
  return concat([
    SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', idat),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

/** RGBA (4 bytes a pixel) → luma, alpha composited over white paper. */
export function rgbaToGray(rgba: Uint8Array | Uint8ClampedArray): Uint8Array {
  const pixelCount = rgba.length >> 2;
  const gray = new Uint8Array(pixelCount);
  for (let i = 0, p = 0; i < pixelCount; i += 1, p += 4) {
    // ITU-R BT.601 luma in fixed point (77 + 150 + 29 = 256).
    const luma = (rgba[p]! * 77 + rgba[p + 1]! * 150 + rgba[p + 2]! * 29) >> 8;
    const alpha = rgba[p + 3]!;
    gray[i] = alpha === 255 ? luma : (luma * alpha + 255 * (255 - alpha) + 127) / 255;
  }
  return gray;
}

/** One PNG chunk: length, type, data and the CRC-32 of type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, zlib.crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
