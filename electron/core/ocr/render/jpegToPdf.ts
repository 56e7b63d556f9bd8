import {
  PDFDocument,
  concatTransformationMatrix,
  degrees,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { exifOrientation, orientationTransform } from './exifOrientation';

/**
 * A JPEG as a one-page PDF (one point per pixel, the JPEG stream embedded as it is), so pdf.js's
 * JavaScript JPEG decoder reads it rather than a native one in our process (see decodePng.ts).
 * The EXIF orientation becomes the page's /Rotate (and a mirror when the orientation has one).
 */
export async function jpegToPdf(jpeg: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // A copy at offset 0: pdf-lib reads `data.buffer` from its start, and bytes that crossed
  // postMessage keep the offset they had in Node's Buffer pool.
  const image = await doc.embedJpg(jpeg.slice());
  const { width, height } = image;
  const page = doc.addPage([width, height]);
  const { mirror, rotate } = orientationTransform(exifOrientation(jpeg));
  if (mirror)
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(-1, 0, 0, 1, width, 0));
  page.drawImage(image, { x: 0, y: 0, width, height });
  if (mirror) page.pushOperators(popGraphicsState());
  page.setRotation(degrees(rotate));
  return doc.save({ useObjectStreams: false });
}
