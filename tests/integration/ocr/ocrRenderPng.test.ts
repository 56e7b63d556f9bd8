import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, PngError } from '../../../electron/core/ocr/render/decodePng';
import { encodeGrayPng } from '../../../electron/core/ocr/render/encodeGrayPng';
import { shrinkGray } from '../../../electron/core/ocr/render/scaleGray';
import { pngChunk } from '../../../electron/core/ocr/render/encodeGrayPng';
import { buildPng, type TestPngSpec } from './ocrRenderPngs';

/**
 * The OCR renderer decodes PNGs in JavaScript (a native decoder crashed the process on a damaged
 * file), so its decoder must read every kind of PNG a phone, a scanner or a screenshot tool makes.
 * Each image is a pattern of ink (black) on paper; paper may be white, or transparent over white.
 */

const WIDTH = 37;
const HEIGHT = 23;
const isInk = (x: number, y: number): boolean => (x * 3 + y * 5) % 7 < 3;

interface Variant {
  name: string;
  spec: Omit<TestPngSpec, 'width' | 'height' | 'pixel' | 'interlaced'>;
  ink: number[];
  paper: number[];
}

const BLACK_WHITE: [number, number, number][] = [
  [0, 0, 0],
  [255, 255, 255],
];

const VARIANTS: Variant[] = [
  ...([1, 2, 4, 8, 16] as const).map((bitDepth) => ({
    name: `gray ${bitDepth}-bit`,
    spec: { colorType: 0 as const, bitDepth },
    ink: [0],
    paper: [2 ** bitDepth - 1],
  })),
  ...([8, 16] as const).map((bitDepth) => ({
    name: `RGB ${bitDepth}-bit`,
    spec: { colorType: 2 as const, bitDepth },
    ink: [0, 0, 0],
    paper: Array(3).fill(2 ** bitDepth - 1) as number[],
  })),
  ...([1, 2, 4, 8] as const).map((bitDepth) => ({
    name: `palette ${bitDepth}-bit`,
    spec: { colorType: 3 as const, bitDepth, palette: BLACK_WHITE },
    ink: [0],
    paper: [1],
  })),
  ...([8, 16] as const).map((bitDepth) => ({
    name: `gray+alpha ${bitDepth}-bit, paper transparent`,
    spec: { colorType: 4 as const, bitDepth },
    ink: [0, 2 ** bitDepth - 1],
    paper: [0, 0],
  })),
  ...([8, 16] as const).map((bitDepth) => ({
    name: `RGBA ${bitDepth}-bit, paper transparent`,
    spec: { colorType: 6 as const, bitDepth },
    ink: [0, 0, 0, 2 ** bitDepth - 1],
    paper: [0, 0, 0, 0],
  })),
  {
    name: 'gray 8-bit with a tRNS colour key',
    spec: { colorType: 0, bitDepth: 8, transparency: Uint8Array.of(0, 17) },
    ink: [0],
    paper: [17],
  },
  {
    name: 'RGB 16-bit with a tRNS colour key',
    spec: { colorType: 2, bitDepth: 16, transparency: Uint8Array.of(1, 2, 3, 4, 5, 6) },
    ink: [0, 0, 0],
    paper: [0x0102, 0x0304, 0x0506],
  },
  {
    name: 'palette with tRNS alpha',
    spec: {
      colorType: 3,
      bitDepth: 4,
      palette: [
        [0, 0, 0],
        [0, 0, 0],
      ],
      transparency: Uint8Array.of(255, 0),
    },
    ink: [0],
    paper: [1],
  },
];

function expectedPattern(): Uint8Array {
  const gray = new Uint8Array(WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) gray[y * WIDTH + x] = isInk(x, y) ? 0 : 255;
  }
  return gray;
}

describe('decodePng (the OCR renderer reads PNG in JavaScript)', () => {
  for (const variant of VARIANTS) {
    for (const interlaced of [false, true]) {
      it(`reads ${variant.name}${interlaced ? ', Adam7-interlaced' : ''} as ink on white`, () => {
        const png = buildPng({
          ...variant.spec,
          width: WIDTH,
          height: HEIGHT,
          interlaced,
          pixel: (x, y) => (isInk(x, y) ? variant.ink : variant.paper),
        });
        const decoded = decodePng(png);
        expect([decoded.width, decoded.height]).toEqual([WIDTH, HEIGHT]);
        expect(Buffer.from(decoded.gray).equals(Buffer.from(expectedPattern()))).toBe(true);
      });
    }
  }

  it('keeps gray levels and turns colour into luma', () => {
    const gray = decodePng(
      buildPng({
        width: 3,
        height: 1,
        colorType: 0,
        bitDepth: 8,
        pixel: (x) => [[0, 128, 200][x]!],
      }),
    );
    expect([...gray.gray]).toEqual([0, 128, 200]);
    const rgb = decodePng(
      buildPng({
        width: 3,
        height: 1,
        colorType: 2,
        bitDepth: 8,
        pixel: (x) =>
          [
            [255, 0, 0],
            [0, 255, 0],
            [0, 0, 255],
          ][x]!,
      }),
    );
    // BT.601: red is dark to a scanner, green light, blue darkest.
    expect([...rgb.gray]).toEqual([76, 149, 28]);
  });

  it('round-trips its own grayscale encoder', () => {
    const gray = Uint8Array.from({ length: 50 * 40 }, (_, i) => (i * 37) % 256);
    const decoded = decodePng(encodeGrayPng(gray, 50, 40));
    expect([decoded.width, decoded.height]).toEqual([50, 40]);
    expect(Buffer.from(decoded.gray).equals(Buffer.from(gray))).toBe(true);
  });

  it('refuses damaged PNGs with PngError', () => {
    const good = buildPng({ width: 8, height: 8, colorType: 0, bitDepth: 8, pixel: () => [0] });
    const signature = good.subarray(0, 8);
    const header = good.subarray(8, 33);
    const cases: [string, Uint8Array][] = [
      ['truncated image data', good.subarray(0, good.length - 20)],
      ['no image data', Buffer.concat([signature, header])],
      ['no header', Buffer.concat([signature, pngChunk('IEND', new Uint8Array(0))])],
      [
        'bit depth 3',
        Buffer.concat([
          signature,
          pngChunk('IHDR', Uint8Array.of(0, 0, 0, 8, 0, 0, 0, 8, 3, 0, 0, 0, 0)),
          good.subarray(33),
        ]),
      ],
      [
        'zero width',
        Buffer.concat([
          signature,
          pngChunk('IHDR', Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 8, 8, 0, 0, 0, 0)),
          good.subarray(33),
        ]),
      ],
      [
        'a palette image without a palette',
        Buffer.concat([
          signature,
          pngChunk('IHDR', Uint8Array.of(0, 0, 0, 8, 0, 0, 0, 8, 8, 3, 0, 0, 0)),
          good.subarray(33),
        ]),
      ],
      [
        'an unknown row filter',
        Buffer.concat([
          signature,
          header,
          pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(9 * 8, 7))),
        ]),
      ],
      [
        'a claimed 60000 × 60000 RGBA image (decompression bomb)',
        Buffer.concat([
          signature,
          pngChunk('IHDR', Uint8Array.of(0, 0, 0xea, 0x60, 0, 0, 0xea, 0x60, 8, 6, 0, 0, 0)),
          good.subarray(33),
        ]),
      ],
    ];
    for (const [name, bytes] of cases) {
      expect(() => decodePng(bytes), name).toThrow(PngError);
    }
  });
});

describe('shrinkGray', () => {
  it('averages each output pixel over its footprint', () => {
    // 4 × 2 → 2 × 1: each output pixel averages a 2 × 2 block.
    const source = { width: 4, height: 2, gray: Uint8Array.of(0, 0, 255, 255, 0, 100, 255, 155) };
    const shrunk = shrinkGray(source, 2, 1);
    expect([...shrunk.gray]).toEqual([25, 230]);
  });

  it('keeps a thin black line visible when shrinking a page by three', () => {
    const width = 300;
    const height = 30;
    const gray = new Uint8Array(width * height).fill(255);
    for (let x = 0; x < width; x += 1) gray[15 * width + x] = 0; // one-pixel rule
    const shrunk = shrinkGray({ width, height, gray }, 100, 10);
    expect(Math.min(...shrunk.gray)).toBeLessThanOrEqual(170);
    expect(shrunk.gray.filter((value) => value === 255).length).toBe(100 * 9);
  });
});
