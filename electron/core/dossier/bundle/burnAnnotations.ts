import { BlendMode, PDFHexString, rgb, type PDFDocument, type PDFPage, type RGB } from 'pdf-lib';
import type { BundleDocument } from './bundleTypes';
import { viewportRectToUser } from './pageGeometry';

/** Highlights and comment pins drawn onto the bundle's copy of a page (the original is untouched). */

const COLORS: Record<string, RGB> = {
  yellow: rgb(1, 0.89, 0.2),
  green: rgb(0.5, 0.85, 0.4),
  blue: rgb(0.45, 0.7, 1),
  pink: rgb(1, 0.55, 0.78),
  orange: rgb(1, 0.65, 0.25),
};
const PIN = 9;

export function burnAnnotations(
  out: PDFDocument,
  pages: PDFPage[],
  annotations: BundleDocument['annotations'],
): void {
  for (const annotation of annotations) {
    const page = pages[annotation.page - 1];
    if (!page) continue;
    const box = page.getCropBox();
    const color = COLORS[annotation.color] ?? COLORS.yellow!;
    for (const rect of annotation.rects) {
      page.drawRectangle({
        ...viewportRectToUser(box, rect),
        color,
        opacity: 0.4,
        blendMode: BlendMode.Multiply,
      });
    }
    if (annotation.kind === 'comment' && annotation.point) {
      const pin = viewportRectToUser(box, {
        x: annotation.point.x - PIN / 2,
        y: annotation.point.y - PIN / 2,
        width: PIN,
        height: PIN,
      });
      page.drawRectangle({ ...pin, color, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6 });
      if (annotation.comment) addTextNote(out, page, pin, annotation.comment);
    }
  }
}

/** The comment itself as a PDF text annotation (a sticky note every viewer can open). */
function addTextNote(
  out: PDFDocument,
  page: PDFPage,
  pin: { x: number; y: number; width: number; height: number },
  comment: string,
): void {
  const note = out.context.obj({
    Type: 'Annot',
    Subtype: 'Text',
    Rect: [pin.x, pin.y, pin.x + pin.width, pin.y + pin.height],
    // Text strings in UTF-16BE: comments are Russian and Kazakh.
    Contents: PDFHexString.fromText(comment),
    Name: 'Comment',
    Open: false,
    F: 4,
  });
  page.node.addAnnot(out.context.register(note));
}
