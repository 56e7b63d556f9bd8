import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { createOcrRenderer } from '../../../../electron/core/ocr/render';

const DEJAVU_SANS = path.resolve(__dirname, '../../../../resources/fonts/DejaVuSans.ttf');

/** The text of the generated scan: Russian and Kazakh, as a court paper would mix them. */
export const SCAN_LINES = [
  'ОБВИНИТЕЛЬНОЕ ЗАКЛЮЧЕНИЕ',
  'Следователь направил уголовное дело прокурору',
  'для утверждения обвинительного заключения.',
  'Сотталушы кінәлі деп танылды.',
  'Қазақстан Республикасының атынан үкім шығарылды.',
] as const;

/** Words of SCAN_LINES a search must find on the scanned page (Russian and Kazakh). */
export const SCAN_WORDS = ['прокурору', 'Следователь', 'Сотталушы', 'Республикасының'] as const;

/** A text PDF of `lines` in DejaVu Sans (like the dossier's generated pages). */
export async function textPdf(lines: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fs.readFileSync(DEJAVU_SANS), { subset: true });
  const page = doc.addPage([595, 842]);
  lines.forEach((line, index) => {
    page.drawText(line, { x: 50, y: 780 - index * 26, size: 15, font });
  });
  return doc.save();
}

/**
 * A scan of a text page: the page rendered to an image (the app's own OCR renderer, pdf.js in a
 * worker) and put back alone into a PDF, so the PDF has no text layer, only the picture of it.
 */
export async function scannedPdf(lines: readonly string[] = SCAN_LINES): Promise<{
  pdf: Uint8Array;
  png: Uint8Array;
}> {
  const renderer = createOcrRenderer({ size: 1 });
  try {
    const image = await renderer.renderPageForOcr(await textPdf(lines), 0, { dpi: 200 });
    const doc = await PDFDocument.create();
    const embedded = await doc.embedPng(image.png);
    const page = doc.addPage([595, 842]);
    page.drawImage(embedded, { x: 0, y: 0, width: 595, height: 842 });
    return { pdf: await doc.save(), png: image.png };
  } finally {
    await renderer.close();
  }
}
