import type { OcrWord } from '../../../../shared/domain/ocr';

/** The two pdf.js viewport conversions the mapping needs (PageViewport has both). */
export interface ViewportLike {
  width: number;
  height: number;
  convertToPdfPoint(x: number, y: number): number[];
  convertToViewportPoint(x: number, y: number): number[];
}

export interface PercentRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A recognised word's box on the page as shown, in percent of the shown page (so it follows
 * zoom without recomputing). The box is in pixels of the OCR image, which was the page at
 * `scale` pixels per point with its own /Rotate applied (`rendered`, the page's viewport at
 * scale 1); through PDF space it lands on `shown`, the viewport at scale 1 with the viewer's
 * rotation added.
 */
export function wordBoxPercent(
  bbox: OcrWord['bbox'],
  scale: number,
  rendered: ViewportLike,
  shown: ViewportLike,
): PercentRect {
  const corners = [
    [bbox.x0, bbox.y0],
    [bbox.x1, bbox.y1],
  ].map(([x, y]) => {
    const [pdfX, pdfY] = rendered.convertToPdfPoint(x! / scale, y! / scale);
    return shown.convertToViewportPoint(pdfX!, pdfY!);
  });
  const xs = corners.map((point) => point[0]!);
  const ys = corners.map((point) => point[1]!);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return {
    left: (100 * left) / shown.width,
    top: (100 * top) / shown.height,
    width: (100 * (Math.max(...xs) - left)) / shown.width,
    height: (100 * (Math.max(...ys) - top)) / shown.height,
  };
}

/** Lower case, ё→е, NFKC, and no punctuation around the word: how OCR words meet search terms. */
export function foldWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words of search hits (forms as written on the page), folded; phrases split into words. */
export function foldTerms(terms: readonly string[] | undefined): Set<string> {
  return new Set(
    (terms ?? [])
      .flatMap((term) => term.split(/\s+/u))
      .map(foldWord)
      .filter((word) => word.length > 0),
  );
}
