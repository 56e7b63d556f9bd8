import zlib from 'node:zlib';

/**
 * A PNG decoded to 8-bit gray in JavaScript (inflate by Node's zlib), for OCR.
 *
 * Not @napi-rs/canvas: its native decoders run in our process, and a truncated JPEG crashed
 * Node with SIGSEGV in version 0.1.100 — a crash no worker thread contains. Every colour type,
 * bit depth, palette, tRNS transparency (over white paper) and Adam7 interlacing are handled;
 * anything inconsistent throws PngError.
 */

export class PngError extends Error {
  override name = 'PngError';
}

export interface GrayImage {
  width: number;
  height: number;
  gray: Uint8Array;
}

/** More than this much inflated image data is refused (it would live outside the V8 heap). */
const MAX_INFLATED_BYTES = 512 * 1024 * 1024;

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const BIT_DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};
/** Adam7: [x start, y start, x step, y step] of each pass. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

interface Chunks {
  header: Header;
  palette: Uint8Array | undefined;
  transparency: Uint8Array | undefined;
  data: Uint8Array;
}

export function decodePng(bytes: Uint8Array): GrayImage {
  const { header, palette, transparency, data } = readChunks(bytes);
  const { width, height, bitDepth, colorType } = header;
  const bitsPerPixel = CHANNELS[colorType]! * bitDepth;
  const passes = header.interlaced
    ? ADAM7.map(([x0, y0, dx, dy]) => ({
        x0,
        y0,
        dx,
        dy,
        width: Math.ceil(Math.max(0, width - x0) / dx),
        height: Math.ceil(Math.max(0, height - y0) / dy),
      }))
    : [{ x0: 0, y0: 0, dx: 1, dy: 1, width, height }];
  let expected = 0;
  for (const pass of passes) {
    if (pass.width > 0) expected += pass.height * (1 + Math.ceil((pass.width * bitsPerPixel) / 8));
  }
  if (expected > MAX_INFLATED_BYTES) throw new PngError('The PNG is too large to decode.');
  const raw = inflate(data, expected);
  const toGray = grayConverter(header, palette, transparency);
  const gray = new Uint8Array(width * height);
  const filterBytes = Math.max(1, bitsPerPixel >> 3);
  let offset = 0;
  for (const pass of passes) {
    if (pass.width === 0 || pass.height === 0) continue;
    const rowBytes = Math.ceil((pass.width * bitsPerPixel) / 8);
    let previous: Uint8Array = new Uint8Array(rowBytes);
    for (let row = 0; row < pass.height; row += 1) {
      const filter = raw[offset]!;
      const line = raw.subarray(offset + 1, offset + 1 + rowBytes);
      offset += 1 + rowBytes;
      unfilter(filter, line, previous, filterBytes);
      const y = pass.y0 + row * pass.dy;
      for (let i = 0; i < pass.width; i += 1) {
        gray[y * width + pass.x0 + i * pass.dx] = toGray(line, i);
      }
      previous = line;
    }
  }
  return { width, height, gray };
}

function readChunks(bytes: Uint8Array): Chunks {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: Header | undefined;
  let palette: Uint8Array | undefined;
  let transparency: Uint8Array | undefined;
  const data: Uint8Array[] = [];
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const start = offset + 8;
    // Truncated: what arrived is used if its image data still inflates completely.
    if (length > bytes.length - start) break;
    const body = bytes.subarray(start, start + length);
    offset = start + length + 4; // skip the CRC
    if (type === 'IHDR') header = readHeader(body);
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
  }
  if (!header) throw new PngError('The PNG has no header.');
  if (data.length === 0) throw new PngError('The PNG has no image data.');
  if (header.colorType === 3 && (!palette || palette.length % 3 !== 0 || palette.length === 0)) {
    throw new PngError('The PNG has no usable palette.');
  }
  return { header, palette, transparency, data: Buffer.concat(data) };
}

function readHeader(body: Uint8Array): Header {
  if (body.length !== 13) throw new PngError('The PNG header is malformed.');
  const view = new DataView(body.buffer, body.byteOffset, 13);
  const header: Header = {
    width: view.getUint32(0),
    height: view.getUint32(4),
    bitDepth: body[8]!,
    colorType: body[9]!,
    interlaced: body[12] === 1,
  };
  const depths = BIT_DEPTHS[header.colorType];
  if (!depths?.includes(header.bitDepth) || body[10] !== 0 || body[11] !== 0 || body[12]! > 1) {
    throw new PngError('The PNG header is malformed.');
  }
  if (header.width === 0 || header.height === 0) throw new PngError('The PNG has no pixels.');
  return header;
}

function inflate(data: Uint8Array, expected: number): Uint8Array {
  let raw: Buffer;
  try {
    raw = zlib.inflateSync(data, { maxOutputLength: Math.max(1, expected) });
  } catch {
    throw new PngError('The PNG image data is damaged or too large.');
  }
  if (raw.length < expected) throw new PngError('The PNG image data is truncated.');
  return raw;
}

function unfilter(filter: number, line: Uint8Array, previous: Uint8Array, bpp: number): void {
  const length = line.length;
  switch (filter) {
    case 0:
      return;
    case 1:
      for (let i = bpp; i < length; i += 1) line[i] = (line[i]! + line[i - bpp]!) & 0xff;
      return;
    case 2:
      for (let i = 0; i < length; i += 1) line[i] = (line[i]! + previous[i]!) & 0xff;
      return;
    case 3:
      for (let i = 0; i < length; i += 1) {
        const left = i >= bpp ? line[i - bpp]! : 0;
        line[i] = (line[i]! + ((left + previous[i]!) >> 1)) & 0xff;
      }
      return;
    case 4:
      for (let i = 0; i < length; i += 1) {
        const left = i >= bpp ? line[i - bpp]! : 0;
        const upLeft = i >= bpp ? previous[i - bpp]! : 0;
        line[i] = (line[i]! + paeth(left, previous[i]!, upLeft)) & 0xff;
      }
      return;
    default:
      throw new PngError('The PNG uses an unknown row filter.');
  }
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Luma of RGB over white paper with alpha 0–255 (BT.601 in fixed point, as in encodeGrayPng). */
function over(red: number, green: number, blue: number, alpha: number): number {
  const luma = (red * 77 + green * 150 + blue * 29) >> 8;
  return alpha === 255 ? luma : Math.round((luma * alpha + 255 * (255 - alpha)) / 255);
}

type PixelReader = (line: Uint8Array, i: number) => number;

/** Reads pixel `i` of an unfiltered row as 8-bit gray. */
function grayConverter(
  header: Header,
  palette: Uint8Array | undefined,
  transparency: Uint8Array | undefined,
): PixelReader {
  const { bitDepth, colorType } = header;
  const wide = bitDepth === 16;
  /** Sample `index` at full precision (16-bit samples big-endian). */
  const full = (line: Uint8Array, index: number): number =>
    wide ? (line[index * 2]! << 8) | line[index * 2 + 1]! : line[index]!;
  /** Sample `index` as 8 bits: the high byte of a 16-bit sample is enough for OCR. */
  const byte = (line: Uint8Array, index: number): number =>
    wide ? line[index * 2]! : line[index]!;
  /** tRNS colour key `k` (gray, or red/green/blue) at full precision; -1 when there is none. */
  const key = (k: number): number =>
    transparency && transparency.length >= 2 * (k + 1)
      ? (transparency[2 * k]! << 8) | transparency[2 * k + 1]!
      : -1;
  switch (colorType) {
    case 0:
      return grayReader(bitDepth, key(0), full, byte);
    case 2: {
      const [red, green, blue] = [key(0), key(1), key(2)];
      return (line, i) => {
        const base = i * 3;
        if (
          red >= 0 &&
          full(line, base) === red &&
          full(line, base + 1) === green &&
          full(line, base + 2) === blue
        ) {
          return 255;
        }
        return over(byte(line, base), byte(line, base + 1), byte(line, base + 2), 255);
      };
    }
    case 3:
      return paletteReader(bitDepth, palette!, transparency);
    case 4:
      return (line, i) => {
        const value = byte(line, i * 2);
        return over(value, value, value, byte(line, i * 2 + 1));
      };
    default:
      return (line, i) =>
        over(
          byte(line, i * 4),
          byte(line, i * 4 + 1),
          byte(line, i * 4 + 2),
          byte(line, i * 4 + 3),
        );
  }
}

function grayReader(
  bitDepth: number,
  key: number,
  full: PixelReader,
  byte: PixelReader,
): PixelReader {
  if (bitDepth >= 8) return (line, i) => (full(line, i) === key ? 255 : byte(line, i));
  const max = (1 << bitDepth) - 1;
  return (line, i) => {
    const value = packed(line, i, bitDepth, max);
    return value === key ? 255 : Math.round((value * 255) / max);
  };
}

function paletteReader(
  bitDepth: number,
  palette: Uint8Array,
  transparency: Uint8Array | undefined,
): PixelReader {
  const grays = new Uint8Array(256).fill(255); // an index past the palette reads as paper
  for (let index = 0; index < palette.length / 3; index += 1) {
    const alpha = transparency && index < transparency.length ? transparency[index]! : 255;
    grays[index] = over(
      palette[index * 3]!,
      palette[index * 3 + 1]!,
      palette[index * 3 + 2]!,
      alpha,
    );
  }
  if (bitDepth === 8) return (line, i) => grays[line[i]!]!;
  const max = (1 << bitDepth) - 1;
  return (line, i) => grays[packed(line, i, bitDepth, max)]!;
}

/** Pixel `i` of a row packed at 1, 2 or 4 bits, most significant bits first. */
function packed(line: Uint8Array, i: number, bitDepth: number, max: number): number {
  const bit = i * bitDepth;
  return (line[bit >> 3]! >> (8 - bitDepth - (bit & 7))) & max;
}
