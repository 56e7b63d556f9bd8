import type { PDFPage } from 'pdf-lib';

/**
 * Where things go on a page as the reader sees it. A page's /Rotate turns its user space on
 * display; a stamp must be drawn in user space so that it comes out upright in the displayed
 * page's corner. Annotations are stored unrotated (see shared/domain/annotation.ts).
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayFrame {
  /** The visible box (CropBox, else MediaBox) in user space. */
  box: Box;
  /** 0, 90, 180 or 270: clockwise on display. */
  rotation: number;
  /** Size as displayed (width and height swap at 90 and 270). */
  width: number;
  height: number;
}

export function displayFrame(page: PDFPage): DisplayFrame {
  const box = page.getCropBox();
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  const quarter = Math.round(rotation / 90) % 4;
  const turned = quarter % 2 === 1;
  return {
    box,
    rotation: quarter * 90,
    width: turned ? box.height : box.width,
    height: turned ? box.width : box.height,
  };
}

/** A point of the displayed page (origin bottom-left, y up) in the page's user space. */
export function displayToUser(frame: DisplayFrame, u: number, v: number): { x: number; y: number } {
  const { x, y, width, height } = frame.box;
  switch (frame.rotation) {
    case 90:
      return { x: x + width - v, y: y + u };
    case 180:
      return { x: x + width - u, y: y + height - v };
    case 270:
      return { x: x + v, y: y + height - u };
    default:
      return { x: x + u, y: y + v };
  }
}

/**
 * A stored annotation rectangle (viewport at scale 1, rotation 0: origin at the visible box's
 * top-left, y down) in user space.
 */
export function viewportRectToUser(box: Box, rect: Box): Box {
  return {
    x: box.x + rect.x,
    y: box.y + box.height - rect.y - rect.height,
    width: rect.width,
    height: rect.height,
  };
}
