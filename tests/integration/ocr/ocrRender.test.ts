import fs from 'node:fs';
import path from 'node:path';
import { type Canvas, createCanvas } from '@napi-rs/canvas';
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createOcrRenderer,
  OCR_MAX_PIXELS,
  OCR_MAX_SIDE,
  type OcrImage,
} from '../../../electron/core/ocr/render';
import { fitPixels } from '../../../electron/core/ocr/render/renderLimits';
import { decodePng, type GrayImage } from '../../../electron/core/ocr/render/decodePng';
import { encodeGrayPng } from '../../../electron/core/ocr/render/encodeGrayPng';
import { AppError } from '../../../shared/errors';
import { encryptWithQpdf, qpdfAvailable, truncated } from '../../fixtures/pdfFixtures';

/**
 * Pages to images for OCR: a PDF page or an imported photo becomes an upright 8-bit grayscale
 * PNG, rendered in a worker; damaged and hostile input fails with a typed error, never a crash.
 */

const DEJAVU = path.resolve(__dirname, '../../../resources/fonts/DejaVuSans.ttf');
const A4: [number, number] = [595.28, 841.89];

const renderer = createOcrRenderer({ size: 1 });
afterAll(() => renderer.close());

/** A4 with one black 200 × 100 pt box whose top-left corner is at (100, 100) from the top-left. */
async function boxPdf(
  options: { rotate?: number; size?: [number, number] } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const [width, height] = options.size ?? A4;
  const page = doc.addPage([width, height]);
  page.drawRectangle({ x: 100, y: height - 200, width: 200, height: 100, color: rgb(0, 0, 0) });
  if (options.rotate) page.setRotation(degrees(options.rotate));
  return doc.save();
}

async function textPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fs.readFileSync(DEJAVU), { subset: true });
  doc.addPage(A4).drawText(text, { x: 72, y: A4[1] - 100, size: 14, font });
  return doc.save();
}

function decoded(image: OcrImage): GrayImage {
  const gray = decodePng(image.png);
  expect([gray.width, gray.height]).toEqual([image.width, image.height]);
  return gray;
}

/** Mean gray of a rectangle given as fractions of the image. */
function meanGray(image: GrayImage, x0: number, y0: number, x1: number, y1: number): number {
  let sum = 0;
  let count = 0;
  for (let y = Math.floor(y0 * image.height); y < Math.floor(y1 * image.height); y += 1) {
    for (let x = Math.floor(x0 * image.width); x < Math.floor(x1 * image.width); x += 1) {
      sum += image.gray[y * image.width + x]!;
      count += 1;
    }
  }
  return sum / count;
}

async function expectAppError(promise: Promise<unknown>, code: string): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe('renderPageForOcr', () => {
  it('renders an A4 page at 300 dpi as an 8-bit grayscale PNG, ink where the page has it', async () => {
    const image = await renderer.renderPageForOcr(await boxPdf(), 0, { dpi: 300 });
    expect([image.width, image.height]).toEqual([2480, 3507]);
    expect(image.scale).toBeCloseTo(300 / 72, 6);
    expect(image.rotation).toBe(0);
    // PNG signature, then IHDR with bit depth 8 and colour type 0 (grayscale).
    expect([...image.png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([image.png[24], image.png[25]]).toEqual([8, 0]);
    const gray = decoded(image);
    const box = [100 / A4[0], 100 / A4[1], 300 / A4[0], 200 / A4[1]] as const;
    expect(meanGray(gray, box[0] + 0.01, box[1] + 0.01, box[2] - 0.01, box[3] - 0.01)).toBeLessThan(
      5,
    );
    expect(meanGray(gray, 0.6, 0.5, 0.9, 0.9)).toBeGreaterThan(250); // paper is white, not transparent black
  });

  it('renders Cyrillic and Kazakh text drawn with an embedded font', async () => {
    const image = await renderer.renderPageForOcr(
      await textPdf('Сот үкімі Қазақстан Республикасы'),
      0,
      {
        dpi: 150,
      },
    );
    const gray = decoded(image);
    // The text line (about 100 pt from the top) has ink; the page below it has none.
    const line = meanGray(gray, 72 / A4[0], 88 / A4[1], 0.6, 104 / A4[1]);
    expect(line).toBeLessThan(225);
    expect(meanGray(gray, 0.1, 0.3, 0.9, 0.9)).toBe(255);
  });

  it('applies the page rotation so the image is upright', async () => {
    const image = await renderer.renderPageForOcr(await boxPdf({ rotate: 90 }), 0, { dpi: 72 });
    expect(image.rotation).toBe(90);
    expect([image.width, image.height]).toEqual([841, 595]);
    const gray = decoded(image);
    // Turned 90° clockwise, the box near the top-left corner is now near the top-right.
    expect(meanGray(gray, 1 - 190 / 841, 110 / 595, 1 - 110 / 841, 290 / 595)).toBeLessThan(5);
    expect(meanGray(gray, 0.05, 0.1, 0.3, 0.5)).toBe(255);
  });

  it('fits sizes to the pixel and side limits, never enlarging', () => {
    expect(fitPixels(2480, 3508, 1)).toEqual({ width: 2480, height: 3508, scale: 1 });
    const photo48 = fitPixels(8000, 6000, 1); // a 48 MP phone photo
    expect(photo48.width * photo48.height).toBeLessThanOrEqual(OCR_MAX_PIXELS);
    expect(photo48.width / photo48.height).toBeCloseTo(8000 / 6000, 2);
    expect(fitPixels(20_000, 10, 1).width).toBe(OCR_MAX_SIDE);
    expect(fitPixels(0.5, 0.5, 1)).toMatchObject({ width: 1, height: 1 });
  });

  it('scales a poster-sized page down to the pixel limit instead of allocating gigabytes', async () => {
    const size: [number, number] = [14_400, 14_400]; // 200 × 200 inches
    const image = await renderer.renderPageForOcr(await boxPdf({ size }), 0, { dpi: 300 });
    expect(image.width * image.height).toBeLessThanOrEqual(OCR_MAX_PIXELS);
    expect(image.width * image.height).toBeGreaterThan(OCR_MAX_PIXELS * 0.99);
    expect(image.scale).toBeCloseTo(image.width / 14_400, 3);
  });

  it('keeps a strip-shaped page under the side limit', async () => {
    const image = await renderer.renderPageForOcr(await boxPdf({ size: [300, 14_000] }), 0, {
      dpi: 300,
    });
    expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(OCR_MAX_SIDE);
  });

  it('renders the image of a scanned page (an image-only PDF)', async () => {
    const canvas = createCanvas(400, 300);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, 400, 300);
    context.fillStyle = '#000000';
    context.fillRect(0, 0, 200, 150); // top-left quarter black
    const doc = await PDFDocument.create();
    const png = await doc.embedPng(await canvas.encode('png'));
    doc.addPage(A4).drawImage(png, { x: 0, y: 0, width: A4[0], height: A4[1] });
    const image = await renderer.renderPageForOcr(await doc.save(), 0, { dpi: 100 });
    const gray = decoded(image);
    expect(meanGray(gray, 0.05, 0.05, 0.45, 0.45)).toBeLessThan(5);
    expect(meanGray(gray, 0.55, 0.55, 0.95, 0.95)).toBeGreaterThan(250);
  });

  it('renders an encrypted PDF with its password and refuses it without', async (context) => {
    if (!qpdfAvailable()) context.skip('qpdf (Debian package qpdf) is not installed');
    const encrypted = encryptWithQpdf(await boxPdf(), 'сот-2024', 'owner');
    await expectAppError(renderer.renderPageForOcr(encrypted, 0, { dpi: 72 }), 'PDF_ENCRYPTED');
    await expectAppError(
      renderer.renderPageForOcr(encrypted, 0, { dpi: 72, password: 'wrong' }),
      'PDF_PASSWORD_WRONG',
    );
    const image = await renderer.renderPageForOcr(encrypted, 0, { dpi: 72, password: 'сот-2024' });
    expect(meanGray(decoded(image), 110 / 595, 110 / 841, 290 / 595, 190 / 841)).toBeLessThan(5);
  });

  it('answers damaged files and bad arguments with typed errors', async () => {
    const good = await boxPdf();
    await expectAppError(
      renderer.renderPageForOcr(truncated(good, 0.3), 0, { dpi: 72 }),
      'PDF_MALFORMED',
    );
    await expectAppError(
      renderer.renderPageForOcr(new TextEncoder().encode('<html>not a pdf</html>'), 0, { dpi: 72 }),
      'PDF_MALFORMED',
    );
    await expectAppError(
      renderer.renderPageForOcr(new Uint8Array(0), 0, { dpi: 72 }),
      'PDF_MALFORMED',
    );
    await expectAppError(renderer.renderPageForOcr(good, 1, { dpi: 72 }), 'NOT_FOUND');
    await expectAppError(renderer.renderPageForOcr(good, -1, { dpi: 72 }), 'VALIDATION');
    await expectAppError(renderer.renderPageForOcr(good, 0, { dpi: 0 }), 'VALIDATION');
    // The worker survived all of that.
    const image = await renderer.renderPageForOcr(good, 0, { dpi: 36 });
    expect(image.width).toBe(297);
  });

  it('kills a render over its time limit (PDF_TIMEOUT) and goes on with a fresh worker', async () => {
    const slow = createOcrRenderer({ size: 1, timeoutMs: 1 });
    try {
      await expectAppError(slow.renderPageForOcr(await boxPdf(), 0, { dpi: 300 }), 'PDF_TIMEOUT');
      await expectAppError(slow.renderPageForOcr(await boxPdf(), 0, { dpi: 300 }), 'PDF_TIMEOUT');
    } finally {
      await slow.close();
    }
    const image = await renderer.renderPageForOcr(await boxPdf(), 0, { dpi: 36 });
    expect(image.height).toBe(420);
  });

  it('rejects with AbortError when cancelled', async () => {
    const controller = new AbortController();
    const pending = renderer.renderPageForOcr(await boxPdf(), 0, {
      dpi: 300,
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('imageForOcr', () => {
  /** 300 × 200 white with a black 100 × 50 box at the top-left. */
  function photo(): Canvas {
    const canvas = createCanvas(300, 200);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, 300, 200);
    context.fillStyle = '#000000';
    context.fillRect(0, 0, 100, 50);
    return canvas;
  }

  /** An EXIF APP1 segment (big-endian TIFF) holding only the orientation tag. */
  function withOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
    const tiff = Uint8Array.of(
      0x4d,
      0x4d,
      0,
      0x2a,
      0,
      0,
      0,
      8,
      0,
      1,
      0x01,
      0x12,
      0,
      3,
      0,
      0,
      0,
      1,
      0,
      orientation,
      0,
      0,
      0,
      0,
      0,
      0,
    );
    const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
    const length = payload.length + 2;
    return Buffer.concat([
      jpeg.subarray(0, 2),
      Uint8Array.of(0xff, 0xe1, length >> 8, length & 0xff),
      payload,
      jpeg.subarray(2),
    ]);
  }

  it('decodes a PNG photo to gray at its own size', async () => {
    const image = await renderer.imageForOcr(await photo().encode('png'));
    expect([image.width, image.height, image.scale]).toEqual([300, 200, 1]);
    const gray = decoded(image);
    expect(meanGray(gray, 0.02, 0.02, 0.3, 0.2)).toBe(0);
    expect(meanGray(gray, 0.4, 0.4, 1, 1)).toBe(255);
  });

  it('decodes a JPEG photo (through pdf.js, not a native decoder)', async () => {
    const image = await renderer.imageForOcr(await photo().encode('jpeg', 95));
    expect([image.width, image.height]).toEqual([300, 200]);
    const gray = decoded(image);
    expect(meanGray(gray, 0.03, 0.05, 0.3, 0.2)).toBeLessThan(10);
    expect(meanGray(gray, 0.4, 0.4, 0.97, 0.97)).toBeGreaterThan(245);
  });

  it('turns a phone photo upright by its EXIF orientation', async () => {
    const jpeg = await photo().encode('jpeg', 95);
    // 6: the camera was turned; shown upright, the photo is 200 × 300 with the box at the top-right.
    const turned = decoded(await renderer.imageForOcr(withOrientation(jpeg, 6)));
    expect([turned.width, turned.height]).toEqual([200, 300]);
    expect(meanGray(turned, 0.8, 0.03, 0.97, 0.3)).toBeLessThan(10);
    expect(meanGray(turned, 0.03, 0.03, 0.7, 0.3)).toBeGreaterThan(245);
    // 3: upside down; the box ends at the bottom-right.
    const upsideDown = decoded(await renderer.imageForOcr(withOrientation(jpeg, 3)));
    expect([upsideDown.width, upsideDown.height]).toEqual([300, 200]);
    expect(meanGray(upsideDown, 0.7, 0.8, 0.97, 0.97)).toBeLessThan(10);
    // 2: mirrored; the box is at the top-right, not rotated.
    const mirrored = decoded(await renderer.imageForOcr(withOrientation(jpeg, 2)));
    expect([mirrored.width, mirrored.height]).toEqual([300, 200]);
    expect(meanGray(mirrored, 0.7, 0.03, 0.97, 0.2)).toBeLessThan(10);
  });

  it('shrinks an image past the side limit and reports the scale', async () => {
    // A panorama strip: over OCR_MAX_SIDE wide, so it is shrunk (a 30 MP photo is shrunk the same
    // way, by fitPixels; see the unit test of the limits).
    const width = 13_000;
    const height = 120;
    const white = encodeGrayPng(new Uint8Array(width * height).fill(255), width, height);
    const image = await renderer.imageForOcr(white);
    expect(image.width).toBe(OCR_MAX_SIDE);
    expect(image.scale).toBeCloseTo(OCR_MAX_SIDE / width, 6);
    expect(meanGray(decoded(image), 0, 0, 1, 1)).toBe(255);
  });

  it('refuses damaged, bomb-sized and foreign images with typed errors, and keeps working', async () => {
    const jpeg = await photo().encode('jpeg', 95);
    const png = await photo().encode('png');
    // A truncated JPEG crashed the whole process in @napi-rs/canvas 0.1.100's decoder: pdf.js's
    // decoder either reads what is there or fails, never crashes.
    for (const cut of [0.1, 0.5, 0.9]) {
      const outcome = await renderer.imageForOcr(truncated(jpeg, cut)).then(
        (image) => image.width,
        (error: unknown) => (error as AppError).code,
      );
      expect([300, 'IMAGE_MALFORMED']).toContain(outcome);
    }
    await expectAppError(renderer.imageForOcr(truncated(png, 0.5)), 'IMAGE_MALFORMED');
    // Only a header: 60,000 × 60,000 pixels claimed in a few bytes.
    const bomb = Buffer.from(png);
    bomb.writeUInt32BE(60_000, 16);
    bomb.writeUInt32BE(60_000, 20);
    await expectAppError(renderer.imageForOcr(bomb), 'IMAGE_MALFORMED');
    await expectAppError(
      renderer.imageForOcr(new TextEncoder().encode('GIF89a....')),
      'UNSUPPORTED_TYPE',
    );
    await expectAppError(
      renderer.imageForOcr(Uint8Array.of(0xff, 0xd8, 0xff, 0xd9)),
      'IMAGE_MALFORMED',
    );
    expect((await renderer.imageForOcr(png)).width).toBe(300);
  });
});
