import zlib from 'node:zlib';
import { pngChunk } from '../../../electron/core/ocr/render/encodeGrayPng';

/**
 * Builds PNGs of every colour type, bit depth and interlacing, with every row filter, so the OCR
 * renderer's own PNG decoder is checked against images whose pixels the test chose.
 */

export interface TestPngSpec {
  width: number;
  height: number;
  /** 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA. */
  colorType: 0 | 2 | 3 | 4 | 6;
  bitDepth: 1 | 2 | 4 | 8 | 16;
  interlaced?: boolean;
  /** The samples of pixel (x, y) at the PNG's bit depth (a palette index for colour type 3). */
  pixel: (x: number, y: number) => number[];
  palette?: [number, number, number][];
  /** Raw tRNS chunk body. */
  transparency?: Uint8Array;
}

const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as const;
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

export function buildPng(spec: TestPngSpec): Uint8Array {
  const bitsPerPixel = CHANNELS[spec.colorType] * spec.bitDepth;
  const filterBytes = Math.max(1, bitsPerPixel >> 3);
  const passes = spec.interlaced
    ? ADAM7.map(([x0, y0, dx, dy]) => ({ x0, y0, dx, dy }))
    : [{ x0: 0, y0: 0, dx: 1, dy: 1 }];
  const rows: Uint8Array[] = [];
  let rowNumber = 0;
  for (const { x0, y0, dx, dy } of passes) {
    const width = Math.ceil(Math.max(0, spec.width - x0) / dx);
    const height = Math.ceil(Math.max(0, spec.height - y0) / dy);
    if (width === 0 || height === 0) continue;
    let previous: Uint8Array = new Uint8Array(Math.ceil((width * bitsPerPixel) / 8));
    for (let j = 0; j < height; j += 1) {
      const line = packRow(
        Array.from({ length: width }, (_, i) => spec.pixel(x0 + i * dx, y0 + j * dy)),
        spec.bitDepth,
        previous.length,
      );
      const filter = rowNumber % 5; // every filter type in turn
      rows.push(Uint8Array.of(filter), applyFilter(filter, line, previous, filterBytes));
      previous = line;
      rowNumber += 1;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(spec.width, 0);
  header.writeUInt32BE(spec.height, 4);
  header.set([spec.bitDepth, spec.colorType, 0, 0, spec.interlaced ? 1 : 0], 8);
  const chunks = [pngChunk('IHDR', header)];
  if (spec.palette) chunks.push(pngChunk('PLTE', Uint8Array.from(spec.palette.flat())));
  if (spec.transparency) chunks.push(pngChunk('tRNS', spec.transparency));
  chunks.push(
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', new Uint8Array(0)),
  );
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

function packRow(pixels: number[][], bitDepth: number, length: number): Uint8Array {
  const line = new Uint8Array(length);
  if (bitDepth >= 8) {
    let offset = 0;
    for (const samples of pixels) {
      for (const sample of samples) {
        if (bitDepth === 16) line[offset++] = sample >> 8;
        line[offset++] = sample & 0xff;
      }
    }
    return line;
  }
  pixels.forEach(([sample], i) => {
    const bit = i * bitDepth;
    line[bit >> 3]! |= sample! << (8 - bitDepth - (bit & 7));
  });
  return line;
}

function applyFilter(
  filter: number,
  line: Uint8Array,
  previous: Uint8Array,
  bpp: number,
): Uint8Array {
  const out = new Uint8Array(line.length);
  for (let i = 0; i < line.length; i += 1) {
    const left = i >= bpp ? line[i - bpp]! : 0;
    const up = previous[i]!;
    const upLeft = i >= bpp ? previous[i - bpp]! : 0;
    const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]!;
    out[i] = (line[i]! - predictor) & 0xff;
  }
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [a, b, c] = [
    Math.abs(estimate - left),
    Math.abs(estimate - up),
    Math.abs(estimate - upLeft),
  ];
  if (a <= b && a <= c) return left;
  return b <= c ? up : upLeft;
}
