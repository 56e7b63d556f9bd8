// Generated scans for `npm run bench -- ocr`: a page of Russian, Kazakh or English prose set in
// DejaVu Sans (resources/fonts) with pdf-lib, rendered to a 200 dpi grayscale image by Casefile's
// OCR renderer, given scanner noise, and put back alone into an image-only PDF. The ground truth
// is the text that was drawn, line by line.
import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { decodePng } from '../../electron/core/ocr/render/decodePng';
import { encodeGrayPng } from '../../electron/core/ocr/render/encodeGrayPng';
import type { OcrRenderer } from '../../electron/core/ocr/render';
import { BENCH_PARAGRAPHS, BENCH_TITLES, type BenchLanguage } from './ocrBenchTexts';
import { mulberry32 } from '../support/seededRandom';

const ROOT = path.resolve(__dirname, '../..');
const FONT = path.join(ROOT, 'resources/fonts/DejaVuSans.ttf');
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
const FONT_SIZE = 11;
const LEADING = 16;
const SCAN_DPI = 200;

export interface GeneratedScan {
  name: string;
  language: BenchLanguage;
  /** An image-only PDF: one page, one picture of the text. */
  pdf: Uint8Array;
  truth: string;
}

/** Lines of `text` that fit `width` at the font size, broken at spaces only (no hyphenation). */
function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(candidate, FONT_SIZE) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Page `variant` of a language: the title, then the paragraphs from a different start each time. */
async function textPage(
  language: BenchLanguage,
  variant: number,
): Promise<{ pdf: Uint8Array; lines: string[] }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fs.readFileSync(FONT), { subset: true });
  const page = doc.addPage(A4);
  const paragraphs = BENCH_PARAGRAPHS[language];
  const ordered = paragraphs.map((_, i) => paragraphs[(i + variant * 3) % paragraphs.length]!);
  const lines: string[] = [];
  let y = A4[1] - MARGIN;
  const title = BENCH_TITLES[language];
  page.drawText(title, { x: MARGIN, y, size: FONT_SIZE + 2, font });
  lines.push(title);
  y -= LEADING * 2;
  for (const paragraph of ordered) {
    const wrapped = wrap(paragraph, font, A4[0] - 2 * MARGIN);
    if (y - wrapped.length * LEADING < MARGIN) break;
    for (const line of wrapped) {
      page.drawText(line, { x: MARGIN, y, size: FONT_SIZE, font });
      lines.push(line);
      y -= LEADING;
    }
    y -= LEADING / 2;
  }
  return { pdf: await doc.save(), lines };
}

/** Scanner look: paper slightly gray and uneven, ink not quite black, some specks. */
function addScanNoise(gray: Uint8Array, seed: number): void {
  const next = mulberry32(seed);
  for (let i = 0; i < gray.length; i += 1) {
    const value = gray[i]!;
    const noisy = 235 - (235 - 35) * (1 - value / 255) + (next() - 0.5) * 40;
    gray[i] = Math.max(0, Math.min(255, next() < 0.0005 ? 60 : noisy));
  }
}

export async function generatedScans(
  count: number,
  renderer: OcrRenderer,
): Promise<GeneratedScan[]> {
  const languages: BenchLanguage[] = ['ru', 'kk', 'en'];
  const scans: GeneratedScan[] = [];
  for (let index = 0; index < count; index += 1) {
    const language = languages[index % languages.length]!;
    const variant = Math.floor(index / languages.length);
    const { pdf, lines } = await textPage(language, variant);
    const image = await renderer.renderPageForOcr(pdf, 0, { dpi: SCAN_DPI });
    const decoded = decodePng(image.png);
    addScanNoise(decoded.gray, 7511 + index);
    const doc = await PDFDocument.create();
    const picture = await doc.embedPng(encodeGrayPng(decoded.gray, decoded.width, decoded.height));
    doc.addPage(A4).drawImage(picture, { x: 0, y: 0, width: A4[0], height: A4[1] });
    scans.push({
      name: `generated-${language}-${variant + 1}`,
      language,
      pdf: await doc.save(),
      truth: lines.join('\n'),
    });
  }
  return scans;
}
