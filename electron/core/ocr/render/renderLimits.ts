/**
 * How many pixels an OCR image gets. 300 dpi is what Tesseract is trained around (text of 10–12
 * points is then 30–40 px high); larger pages are scaled down so that one image stays within what
 * the renderer and Tesseract's WebAssembly heap (4 GB at most, several copies of the image) hold.
 */

export const OCR_DEFAULT_DPI = 300;
export const OCR_MIN_DPI = 36;
export const OCR_MAX_DPI = 1200;
/** 25 MP: an A3 page at 300 dpi is 17.4 MP; a poster-sized page is scaled down to this. */
export const OCR_MAX_PIXELS = 25_000_000;
/** Skia refuses canvases over 32,767 px a side; a strip-shaped page stays well below. */
export const OCR_MAX_SIDE = 12_000;
/**
 * An image (a JPEG/PNG, or an image inside a PDF) with more pixels than this is not decoded: its
 * pixels (up to 4 bytes each, outside the V8 heap, so resourceLimits do not bound them) would
 * take 400 MB. A 600 dpi A3 scan is 70 MP.
 */
export const IMAGE_MAX_DECODE_PIXELS = 100_000_000;

export interface PixelSize {
  width: number;
  height: number;
  /** Output pixels per input unit (PDF point, or source pixel). */
  scale: number;
}

/**
 * The output size for content of `width` × `height` units at `scale` pixels per unit, scaled
 * down (never up) to the pixel and side limits. At least 1 × 1.
 */
export function fitPixels(width: number, height: number, scale: number): PixelSize {
  let fitted = scale;
  const area = width * height * fitted * fitted;
  if (area > OCR_MAX_PIXELS) fitted *= Math.sqrt(OCR_MAX_PIXELS / area);
  const longest = Math.max(width, height) * fitted;
  if (longest > OCR_MAX_SIDE) fitted *= OCR_MAX_SIDE / longest;
  return {
    width: Math.max(1, Math.floor(width * fitted)),
    height: Math.max(1, Math.floor(height * fitted)),
    scale: fitted,
  };
}
