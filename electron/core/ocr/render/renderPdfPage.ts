import { createCanvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { loadPdfJs } from '../../workers/pdfText/loadPdfJs';
import { passwordCandidates } from '../../workers/pdfText/passwordCandidates';
import { encodeGrayPng, rgbaToGray } from './encodeGrayPng';
import type { OcrPageImage, RenderReply } from './ocrRenderTypes';
import { pdfjsRenderOptions } from './pdfjsOptions';
import { fitPixels } from './renderLimits';

/**
 * One page of an untrusted PDF as a grayscale PNG, rendered by pdf.js (legacy build) onto an
 * @napi-rs/canvas in this worker. pdf.js decodes every image itself (JavaScript, or WebAssembly
 * for JBIG2/JPEG 2000), so the canvas only ever receives pixels, never an encoded file.
 */

export interface RenderPdfPageInput {
  bytes: Uint8Array;
  pageIndex: number;
  dpi: number;
  password?: string;
  /** True for our own wrappers around JPEGs: a failed decode must fail, not draw a blank page. */
  strict?: boolean;
}

export async function renderPdfPage(input: RenderPdfPageInput): Promise<RenderReply> {
  const pdfjs = await loadPdfJs();
  let reply: RenderReply | undefined;
  for (const password of passwordCandidates(input.password)) {
    const loadingTask = pdfjs.getDocument({
      ...pdfjsRenderOptions(),
      // A copy: pdf.js may detach the buffer it is given, and refuses Node Buffers.
      data: new Uint8Array(input.bytes),
      password,
      stopAtErrors: input.strict === true,
    });
    try {
      const doc = await loadingTask.promise;
      return await renderPage(doc, input);
    } catch (error) {
      reply = classify(error, password);
      if (reply.code !== 'PDF_PASSWORD_WRONG') return reply;
    } finally {
      await loadingTask.destroy();
    }
  }
  return reply as RenderReply;
}

async function renderPage(doc: PDFDocumentProxy, input: RenderPdfPageInput): Promise<RenderReply> {
  if (input.pageIndex >= doc.numPages) {
    return { ok: false, code: 'NOT_FOUND', message: `The PDF has no page ${input.pageIndex + 1}.` };
  }
  const page = await doc.getPage(input.pageIndex + 1);
  try {
    const unscaled = page.getViewport({ scale: 1 }); // with the page's /Rotate
    const size = fitPixels(unscaled.width, unscaled.height, input.dpi / 72);
    const viewport = page.getViewport({ scale: size.scale });
    const canvas = createCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    // pdf.js's Node build draws on @napi-rs/canvas; its types name the DOM's canvas.
    const parameters: Record<string, unknown> = {
      canvas,
      canvasContext: context,
      viewport,
      background: '#ffffff',
    };
    await page.render(parameters as Parameters<typeof page.render>[0]).promise;
    const rgba = context.getImageData(0, 0, size.width, size.height).data;
    const png = encodeGrayPng(rgbaToGray(rgba), size.width, size.height);
    const image: OcrPageImage = {
      width: size.width,
      height: size.height,
      png,
      scale: size.scale,
      rotation: normaliseRotation(viewport.rotation),
    };
    return { ok: true, image };
  } finally {
    // Frees the page's decoded images and operator lists before the next task.
    page.cleanup();
  }
}

function normaliseRotation(rotation: number): OcrPageImage['rotation'] {
  const turned = ((rotation % 360) + 360) % 360;
  return turned === 90 || turned === 180 || turned === 270 ? turned : 0;
}

/** pdf.js errors are identified by name; their messages never reach the user. */
function classify(
  error: unknown,
  password: string | undefined,
): Extract<RenderReply, { ok: false }> {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    // pdf.js PasswordResponses: 1 = a password is needed, 2 = the one given is wrong.
    const wrong = (error as { code?: unknown }).code === 2 || password !== undefined;
    return wrong
      ? { ok: false, code: 'PDF_PASSWORD_WRONG', message: 'The password for the PDF is wrong.' }
      : { ok: false, code: 'PDF_ENCRYPTED', message: 'The PDF is protected by a password.' };
  }
  if (name === 'InvalidPDFException') {
    return { ok: false, code: 'PDF_MALFORMED', message: 'The file is not a readable PDF.' };
  }
  return {
    ok: false,
    code: 'PDF_MALFORMED',
    message: `The PDF page could not be rendered (${name || 'unknown error'}).`,
  };
}
