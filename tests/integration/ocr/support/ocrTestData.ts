import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { resolveTessdataDir } from '../../../../electron/core/ocr/engine/tessdata';

const ROOT = path.resolve(__dirname, '../../../..');
const FONT = path.join(ROOT, 'resources/fonts/DejaVuSans.ttf');

/** The shipped trained data (resources/tessdata, committed with its provenance). */
export function testTessdataDir(): string {
  const shipped = resolveTessdataDir(ROOT);
  if (!shipped)
    throw new Error('resources/tessdata is missing: the OCR language data is committed');
  return shipped;
}

let fontRegistered = false;

/** A white page with black DejaVu Sans lines, as a PNG: a clean "scan" of known text. */
export async function renderTextPng(
  lines: readonly string[],
  options: { width?: number; fontSize?: number } = {},
): Promise<Uint8Array> {
  if (!fontRegistered) {
    GlobalFonts.registerFromPath(FONT, 'CasefileTestSans');
    fontRegistered = true;
  }
  const fontSize = options.fontSize ?? 36;
  const lineHeight = Math.round(fontSize * 1.6);
  const width = options.width ?? 1600;
  const height = lineHeight * (lines.length + 2);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#000000';
  context.font = `${fontSize}px CasefileTestSans`;
  lines.forEach((line, index) => context.fillText(line, fontSize, lineHeight * (index + 1.5)));
  return new Uint8Array(await canvas.encode('png'));
}
