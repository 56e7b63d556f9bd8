import { degrees, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../../electron/core/workers/pdfText/loadPdfJs';
import {
  foldTerms,
  foldWord,
  wordBoxPercent,
} from '../../../renderer/src/features/ocr/ocrWordGeometry';

/**
 * OCR word boxes (pixels of the image the page was rendered to, with its own /Rotate) land on the
 * page as the viewer shows it, whatever rotation the lawyer adds. Real pdf.js viewports.
 */

async function pageWithRotation(rotate: number) {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).setRotation(degrees(rotate));
  const pdfjs = await loadPdfJs();
  const pdf = await pdfjs.getDocument({ data: await doc.save(), isEvalSupported: false }).promise;
  return pdf.getPage(1);
}

// A word at (100, 100)–(200, 120) points from the top-left of the image, rendered at 2 px/pt.
const BOX = { x0: 200, y0: 200, x1: 400, y1: 240 };

describe('wordBoxPercent', () => {
  it('puts a word where it was on an upright page', async () => {
    const page = await pageWithRotation(0);
    const box = wordBoxPercent(
      BOX,
      2,
      page.getViewport({ scale: 1 }),
      page.getViewport({ scale: 1 }),
    );
    expect(box.left).toBeCloseTo((100 * 100) / 595, 6);
    expect(box.top).toBeCloseTo((100 * 100) / 842, 6);
    expect(box.width).toBeCloseTo((100 * 100) / 595, 6);
    expect(box.height).toBeCloseTo((100 * 20) / 842, 6);
  });

  it('follows a rotation the viewer adds (90° clockwise: the top-left goes top-right)', async () => {
    const page = await pageWithRotation(0);
    const shown = page.getViewport({ scale: 1, rotation: 90 });
    const box = wordBoxPercent(BOX, 2, page.getViewport({ scale: 1 }), shown);
    expect(box.left).toBeCloseTo((100 * (842 - 120)) / 842, 6);
    expect(box.top).toBeCloseTo((100 * 100) / 595, 6);
    expect(box.width).toBeCloseTo((100 * 20) / 842, 6);
    expect(box.height).toBeCloseTo((100 * 100) / 595, 6);
  });

  it('keeps a word in place on a page whose own /Rotate the OCR image already had', async () => {
    const page = await pageWithRotation(90);
    const rendered = page.getViewport({ scale: 1 }); // 842 × 595, as the OCR image was drawn
    expect([rendered.width, rendered.height]).toEqual([842, 595]);
    const box = wordBoxPercent(BOX, 2, rendered, page.getViewport({ scale: 1, rotation: 90 }));
    expect(box.left).toBeCloseTo((100 * 100) / 842, 6);
    expect(box.top).toBeCloseTo((100 * 100) / 595, 6);
  });
});

describe('foldWord / foldTerms', () => {
  it('meets OCR words and search terms in one form: case, ё, punctuation, phrases', () => {
    expect(foldWord('«Прокурору»,')).toBe('прокурору');
    expect(foldWord('Ёлкин.')).toBe('елкин');
    expect(foldWord('ҚАЗАҚСТАН')).toBe('қазақстан');
    expect([...foldTerms(['Ёлкина', 'уголовное дело', '—'])]).toEqual([
      'елкина',
      'уголовное',
      'дело',
    ]);
    expect(foldTerms(undefined).size).toBe(0);
  });
});
