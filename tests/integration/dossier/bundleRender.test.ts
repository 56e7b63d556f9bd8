import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundleInWorker } from '../../../electron/core/dossier/bundle/buildBundleInWorker';
import type { BundleOutput } from '../../../electron/core/dossier/bundle/bundleTypes';
import { englishPdf } from '../../fixtures/pdfFixtures';
import { makeTempDir } from '../../support/tempDir';
import { doc, plan } from './bundleSupport';

/**
 * The generated pages rendered by poppler (pdftoppm): the cover and the inventory have ink where
 * their text is, the stamp is drawn in its corner, and a burned-in highlight is coloured.
 * (The lead looked at these renderings for missing glyphs: see the issue-6 report.)
 */

const HAS_PDFTOPPM = spawnSync('pdftoppm', ['-v']).error === undefined;
const DPI = 50;

interface Raster {
  width: number;
  height: number;
  channels: number;
  pixel(x: number, y: number): number[];
}

/** 8-bit grey or RGB, non-interlaced PNG: what pdftoppm writes. */
function decodePng(bytes: Buffer): Raster {
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const colourType = bytes[25];
  const channels = colourType === 2 ? 3 : 1;
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') chunks.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]!;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    channels,
    pixel: (x, y) => [
      ...pixels.subarray((y * width + x) * channels, (y * width + x + 1) * channels),
    ],
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Share of dark pixels in a region given in fractions of the page. */
function ink(raster: Raster, region: { x0: number; y0: number; x1: number; y1: number }): number {
  let dark = 0;
  let all = 0;
  for (let y = Math.floor(region.y0 * raster.height); y < region.y1 * raster.height; y++) {
    for (let x = Math.floor(region.x0 * raster.width); x < region.x1 * raster.width; x++) {
      const values = raster.pixel(x, y);
      if (Math.min(...values) < 110) dark += 1;
      all += 1;
    }
  }
  return dark / all;
}

let dir: string;
let cleanup: () => void;
let output: BundleOutput;

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir('casefile-bundle-render-'));
  const english = await englishPdf();
  output = await buildBundleInWorker(
    plan({
      include: { cover: true, inventory: true, chronology: false, notes: false, annotations: true },
      sections: [
        {
          title: 'Қорғау тарапының дәлелдері — Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі',
          documents: [
            doc('e', 'Ходатайство о назначении экспертизы — Өтінішхат', {
              docType: 'motion',
              annotations: [
                {
                  page: 1,
                  color: 'yellow',
                  kind: 'highlight',
                  rects: [{ x: 100, y: 200, width: 300, height: 60 }],
                  point: null,
                  comment: null,
                },
              ],
            }),
          ],
        },
      ],
    }),
    () => new Uint8Array(english),
    { signal: new AbortController().signal, onProgress: () => undefined },
  );
  fs.writeFileSync(path.join(dir, 'bundle.pdf'), output.bytes);
}, 60_000);

afterAll(() => cleanup());

function render(page: number, gray: boolean): Raster {
  const prefix = path.join(dir, `page${page}`);
  const args = ['-f', String(page), '-l', String(page), '-r', String(DPI), '-png', '-singlefile'];
  if (gray) args.push('-gray');
  const result = spawnSync('pdftoppm', [...args, path.join(dir, 'bundle.pdf'), prefix]);
  expect(result.status).toBe(0);
  return decodePng(fs.readFileSync(`${prefix}.png`));
}

describe.skipIf(!HAS_PDFTOPPM)(
  'rendered generated pages (needs pdftoppm from poppler-utils; skipped without it)',
  () => {
    it('the cover has ink where its text is, and a stamp in the bottom-right corner', () => {
      const cover = render(1, true);
      expect(Math.abs(cover.width - (595.28 / 72) * DPI)).toBeLessThan(1.5);
      // Title, case number, court, parties: the upper left part of the page.
      expect(ink(cover, { x0: 0.08, y0: 0.12, x1: 0.7, y1: 0.5 })).toBeGreaterThan(0.02);
      // Below the last line (the generator's note) the page is blank.
      expect(ink(cover, { x0: 0.05, y0: 0.8, x1: 0.7, y1: 0.95 })).toBe(0);
      expect(ink(cover, { x0: 0.8, y0: 0.95, x1: 0.99, y1: 0.99 })).toBeGreaterThan(0.01);
      expect(ink(cover, { x0: 0.01, y0: 0.95, x1: 0.2, y1: 0.99 })).toBe(0);
    });

    it('the inventory has its heading, column titles and rows', () => {
      const inventory = render(2, true);
      expect(ink(inventory, { x0: 0.08, y0: 0.06, x1: 0.5, y1: 0.1 })).toBeGreaterThan(0.01);
      expect(ink(inventory, { x0: 0.08, y0: 0.1, x1: 0.9, y1: 0.2 })).toBeGreaterThan(0.01);
      expect(ink(inventory, { x0: 0.8, y0: 0.95, x1: 0.99, y1: 0.99 })).toBeGreaterThan(0.01);
    });

    it('burns a highlight in its colour at the stored place', () => {
      const page = render(3, false);
      // Stored at x 100–400, y 200–260 from the top-left of a 595×842 page.
      const [r, g, b] = page.pixel(
        Math.round((250 / 595) * page.width),
        Math.round((230 / 842) * page.height),
      );
      expect(r).toBeGreaterThan(200);
      expect(g).toBeGreaterThan(180);
      expect(b).toBeLessThan(200);
      // Outside the highlight the page is white.
      expect(page.pixel(Math.round(0.9 * page.width), Math.round(0.5 * page.height))).toEqual([
        255, 255, 255,
      ]);
    });
  },
);
