/**
 * Pages to images for OCR (issue 8). The public API of this folder; everything else in it is an
 * implementation detail.
 *
 *   const renderer = createOcrRenderer();            // a pool of render workers
 *   const image = await renderer.renderPageForOcr(pdfBytes, 0, { dpi: 300 });
 *   const photo = await renderer.imageForOcr(jpegOrPngBytes);
 *   // image.png: an 8-bit grayscale PNG of image.width × image.height pixels
 *   await renderer.close();
 *
 * Both run in worker_threads (ocrRenderWorker.ts) under a time limit and a heap limit; a hung or
 * crashed worker is terminated and replaced, and only its task fails. Failures are AppErrors:
 *   PDF_MALFORMED      the PDF (or the page) cannot be read, or it broke the worker's limits
 *   PDF_ENCRYPTED / PDF_PASSWORD_WRONG   an encrypted PDF without / with a wrong `password`
 *   PDF_TIMEOUT        rendering took longer than the time limit (the worker was killed)
 *   NOT_FOUND          `pageIndex` is not a page of the PDF
 *   UNSUPPORTED_TYPE   imageForOcr was given something that is neither JPEG nor PNG
 *   IMAGE_MALFORMED    the JPEG/PNG cannot be decoded, or is too many pixels to decode safely
 *   VALIDATION         a bad argument (dpi out of range, negative page index)
 * Cancelling through `signal` rejects with a DOMException named 'AbortError'.
 *
 * Pixel size: a PDF page is rendered at `dpi` (300 suits Tesseract), scaled down when the page
 * would exceed OCR_MAX_PIXELS or OCR_MAX_SIDE; an image keeps its size unless it exceeds them.
 * `scale` is image pixels per PDF point (1/72 inch) of the page as displayed (its /Rotate applied),
 * so word boxes in image pixels divided by `scale` are in the page's rotated viewport at scale 1;
 * for an image, pixels per pixel of the original (EXIF orientation applied): 1 unless shrunk.
 */

export type {
  OcrImage,
  OcrPageImage,
  OcrRenderer,
  OcrRendererOptions,
  OcrScaledImage,
  RenderPageOptions,
} from './ocrRenderTypes';
export { OCR_DEFAULT_DPI, OCR_MAX_PIXELS, OCR_MAX_SIDE } from './renderLimits';
export { createOcrRenderer, defaultOcrRenderWorker } from './createOcrRenderer';
