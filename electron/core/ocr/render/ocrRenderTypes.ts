/** Types shared by the OCR renderer's two sides (the pool in the main thread, the worker). */

/** An image ready for Tesseract: an 8-bit grayscale PNG. */
export interface OcrImage {
  width: number;
  height: number;
  png: Uint8Array;
}

/**
 * An image with the scale it was made at: pixels per PDF point for a page, pixels per source
 * pixel for an imported image (1 unless it was shrunk to the pixel limits). Word boxes in image
 * pixels divided by `scale` are in the page's points, or the original image's pixels.
 */
export interface OcrScaledImage extends OcrImage {
  scale: number;
}

/** A rendered PDF page; `rotation` is the page's /Rotate, applied (the image is upright). */
export interface OcrPageImage extends OcrScaledImage {
  rotation: 0 | 90 | 180 | 270;
}

export interface RenderPageOptions {
  /** Resolution; 300 suits Tesseract. The page is scaled down past OCR_MAX_PIXELS. */
  dpi: number;
  /** For an encrypted PDF; tried as given, as UTF-8 and SASLprep'd (like text extraction). */
  password?: string;
  signal?: AbortSignal;
}

export interface OcrRenderer {
  renderPageForOcr(
    pdfBytes: Uint8Array,
    pageIndex: number,
    options: RenderPageOptions,
  ): Promise<OcrPageImage>;
  imageForOcr(imageBytes: Uint8Array, options?: { signal?: AbortSignal }): Promise<OcrScaledImage>;
  /** Terminates the workers; pending calls reject. */
  close(): Promise<void>;
}

export interface OcrRendererOptions {
  /** ocrRenderWorker.ts (tests, CLI: with tsx) or its bundled .js (the app); see defaultOcrRenderWorker. */
  workerPath?: string;
  execArgv?: string[];
  /** Workers; default min(2, available parallelism): rendering is short next to recognition. */
  size?: number;
  /** Per page or image; past it the worker is killed. Default 60 s. */
  timeoutMs?: number;
  /** V8 heap limit per worker. Default 768 MB. */
  maxMemoryMb?: number;
}

/** What the pool posts to a worker. Plain data: it crosses postMessage by structured clone. */
export type RenderTask =
  | { kind: 'pdf-page'; bytes: Uint8Array; pageIndex: number; dpi: number; password?: string }
  | { kind: 'image'; bytes: Uint8Array };

/** A worker's answer: an image, or a failure the pool turns into an AppError. */
export type RenderReply =
  | { ok: true; image: OcrScaledImage | OcrPageImage }
  | { ok: false; code: RenderFailureCode; message: string };

export type RenderFailureCode =
  | 'PDF_MALFORMED'
  | 'PDF_ENCRYPTED'
  | 'PDF_PASSWORD_WRONG'
  | 'NOT_FOUND'
  | 'UNSUPPORTED_TYPE'
  | 'IMAGE_MALFORMED';
