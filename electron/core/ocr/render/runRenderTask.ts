import { decodePng, PngError } from './decodePng';
import { encodeGrayPng } from './encodeGrayPng';
import { readImageHeader } from './imageHeader';
import { jpegToPdf } from './jpegToPdf';
import type { OcrScaledImage, RenderReply, RenderTask } from './ocrRenderTypes';
import { renderPdfPage } from './renderPdfPage';
import { fitPixels, IMAGE_MAX_DECODE_PIXELS } from './renderLimits';
import { shrinkGray } from './scaleGray';

/** One task of ocrRenderWorker: a PDF page or an imported image, to a grayscale PNG. */
export async function runRenderTask(task: RenderTask): Promise<RenderReply> {
  if (task.kind === 'pdf-page') {
    return renderPdfPage({
      bytes: task.bytes,
      pageIndex: task.pageIndex,
      dpi: task.dpi,
      ...(task.password === undefined ? {} : { password: task.password }),
    });
  }
  return imageToGrayPng(task.bytes);
}

async function imageToGrayPng(bytes: Uint8Array): Promise<RenderReply> {
  const header = readImageHeader(bytes);
  if (header === undefined) {
    return {
      ok: false,
      code: 'UNSUPPORTED_TYPE',
      message: 'Only JPEG and PNG images can be recognised.',
    };
  }
  if (header === null) return malformed('The image header is damaged.');
  if (header.width * header.height > IMAGE_MAX_DECODE_PIXELS) {
    return malformed(`The image is ${header.width} × ${header.height} pixels, too many to decode.`);
  }
  if (header.type === 'image/png') {
    let decoded;
    try {
      decoded = decodePng(bytes);
    } catch (error) {
      if (error instanceof PngError) return malformed(error.message);
      throw error;
    }
    const size = fitPixels(decoded.width, decoded.height, 1);
    const fitted = shrinkGray(decoded, size.width, size.height);
    const image: OcrScaledImage = {
      width: fitted.width,
      height: fitted.height,
      png: encodeGrayPng(fitted.gray, fitted.width, fitted.height),
      scale: fitted.width / decoded.width,
    };
    return { ok: true, image };
  }
  let pdf: Uint8Array;
  try {
    pdf = await jpegToPdf(bytes);
  } catch {
    return malformed('The JPEG could not be read.');
  }
  // One point per pixel: 72 dpi is the image's own size (scaled down past the pixel limits).
  const rendered = await renderPdfPage({ bytes: pdf, pageIndex: 0, dpi: 72, strict: true });
  if (!rendered.ok) return malformed('The JPEG could not be decoded.');
  const { width, height, png, scale } = rendered.image;
  return { ok: true, image: { width, height, png, scale } };
}

function malformed(message: string): RenderReply {
  return { ok: false, code: 'IMAGE_MALFORMED', message };
}
