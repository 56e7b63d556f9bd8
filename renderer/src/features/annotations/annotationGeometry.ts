import type { AnnotationPoint, AnnotationRect } from '../../../../shared/domain/annotation';

/**
 * How pdf.js shows a page right now: the page's own size (PDF units, unrotated, at scale 1),
 * the zoom and the total rotation (the viewer's plus the page's own /Rotate), as its page view's
 * viewport holds them.
 */
export interface PageGeometry {
  width: number;
  height: number;
  scale: number;
  rotation: number;
}

/** A box in the shown page's pixels, origin at the page's top-left corner as displayed. */
export interface DisplayRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const quarterTurns = (rotation: number) => ((Math.round(rotation / 90) % 4) + 4) % 4;

/** The geometry of a pdf.js viewport (`pageView.viewport`), whose width/height are rotated. */
export function geometryOfViewport(viewport: {
  width: number;
  height: number;
  scale: number;
  rotation: number;
}): PageGeometry {
  const sideways = quarterTurns(viewport.rotation) % 2 === 1;
  return {
    width: (sideways ? viewport.height : viewport.width) / viewport.scale,
    height: (sideways ? viewport.width : viewport.height) / viewport.scale,
    scale: viewport.scale,
    rotation: viewport.rotation,
  };
}

/** The shown page's size in pixels. */
export function displaySize(geometry: PageGeometry): { width: number; height: number } {
  const sideways = quarterTurns(geometry.rotation) % 2 === 1;
  const width = (sideways ? geometry.height : geometry.width) * geometry.scale;
  const height = (sideways ? geometry.width : geometry.height) * geometry.scale;
  return { width, height };
}

/**
 * A point on the shown page → the stored page space. pdf.js turns pages clockwise, so at 90°
 * the page's top-left corner is shown at the top-right.
 */
export function displayToPage(point: AnnotationPoint, geometry: PageGeometry): AnnotationPoint {
  const { width, height, scale } = geometry;
  const x = point.x / scale;
  const y = point.y / scale;
  switch (quarterTurns(geometry.rotation)) {
    case 1:
      return { x: y, y: height - x };
    case 2:
      return { x: width - x, y: height - y };
    case 3:
      return { x: width - y, y: x };
    default:
      return { x, y };
  }
}

/** The stored page space → a point on the shown page (the inverse of `displayToPage`). */
export function pageToDisplay(point: AnnotationPoint, geometry: PageGeometry): AnnotationPoint {
  const { width, height, scale } = geometry;
  const { x, y } = point;
  switch (quarterTurns(geometry.rotation)) {
    case 1:
      return { x: (height - y) * scale, y: x * scale };
    case 2:
      return { x: (width - x) * scale, y: (height - y) * scale };
    case 3:
      return { x: y * scale, y: (width - x) * scale };
    default:
      return { x: x * scale, y: y * scale };
  }
}

function rectThrough(a: AnnotationPoint, b: AnnotationPoint): AnnotationRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

export function displayRectToPage(rect: DisplayRect, geometry: PageGeometry): AnnotationRect {
  return rectThrough(
    displayToPage({ x: rect.left, y: rect.top }, geometry),
    displayToPage({ x: rect.left + rect.width, y: rect.top + rect.height }, geometry),
  );
}

export function pageRectToDisplay(rect: AnnotationRect, geometry: PageGeometry): DisplayRect {
  const box = rectThrough(
    pageToDisplay({ x: rect.x, y: rect.y }, geometry),
    pageToDisplay({ x: rect.x + rect.width, y: rect.y + rect.height }, geometry),
  );
  return { left: box.x, top: box.y, width: box.width, height: box.height };
}

/**
 * A stored rect as percentages of the shown page, so the browser keeps it on its words while
 * pdf.js zooms with a CSS transform before it re-renders the page.
 */
export function pageRectToPercent(rect: AnnotationRect, geometry: PageGeometry): DisplayRect {
  const unit = { ...geometry, scale: 1 };
  const shown = pageRectToDisplay(rect, unit);
  const size = displaySize(unit);
  return {
    left: (shown.left / size.width) * 100,
    top: (shown.top / size.height) * 100,
    width: (shown.width / size.width) * 100,
    height: (shown.height / size.height) * 100,
  };
}

export function pagePointToPercent(
  point: AnnotationPoint,
  geometry: PageGeometry,
): AnnotationPoint {
  const unit = { ...geometry, scale: 1 };
  const shown = pageToDisplay(point, unit);
  const size = displaySize(unit);
  return { x: (shown.x / size.width) * 100, y: (shown.y / size.height) * 100 };
}

const verticalOverlap = (a: AnnotationRect, b: AnnotationRect) =>
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);

/** Two boxes are on one line when they share most of the shorter one's height. */
const sameLine = (a: AnnotationRect, b: AnnotationRect) =>
  verticalOverlap(a, b) >= 0.5 * Math.min(a.height, b.height);

function union(a: AnnotationRect, b: AnnotationRect): AnnotationRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * One box per line of a selection. A browser selection yields a box per text span (and often
 * one for the span's parent, and empty ones at line ends); stored as such, a highlight would
 * be drawn in overlapping stripes. Boxes under a tenth of a unit are dropped; boxes on one line
 * become their union; lines come out top to bottom, rounded to hundredths.
 */
export function mergeLineRects(rects: readonly AnnotationRect[]): AnnotationRect[] {
  const lines: AnnotationRect[] = [];
  const sorted = rects
    .filter((rect) => rect.width >= 0.1 && rect.height >= 0.1)
    .toSorted((a, b) => a.y - b.y || a.x - b.x);
  for (const rect of sorted) {
    const index = lines.findIndex((line) => sameLine(line, rect));
    if (index === -1) lines.push(rect);
    else lines[index] = union(lines[index]!, rect);
  }
  const round = (value: number) => Math.round(value * 100) / 100;
  return lines
    .toSorted((a, b) => a.y - b.y)
    .map((line) => ({
      x: round(line.x),
      y: round(line.y),
      width: round(line.width),
      height: round(line.height),
    }));
}

/** Whether a point of the page lies in any of the boxes (a click on a highlight). */
export function rectsContain(
  rects: readonly AnnotationRect[],
  point: AnnotationPoint,
  slack = 0,
): boolean {
  return rects.some(
    (rect) =>
      point.x >= rect.x - slack &&
      point.x <= rect.x + rect.width + slack &&
      point.y >= rect.y - slack &&
      point.y <= rect.y + rect.height + slack,
  );
}

/** Where a page's layer is on screen (its `getBoundingClientRect()`). */
export interface ClientBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A client-space box → page space, measured against the page layer's box on screen rather than
 * the geometry's scale alone: while pdf.js zooms with a CSS transform the two differ.
 */
export function clientRectToPage(
  rect: ClientBox,
  layer: ClientBox,
  geometry: PageGeometry,
): AnnotationRect {
  const size = displaySize(geometry);
  const sx = layer.width > 0 ? size.width / layer.width : 1;
  const sy = layer.height > 0 ? size.height / layer.height : 1;
  return displayRectToPage(
    {
      left: (rect.left - layer.left) * sx,
      top: (rect.top - layer.top) * sy,
      width: rect.width * sx,
      height: rect.height * sy,
    },
    geometry,
  );
}

export function clientPointToPage(
  point: { clientX: number; clientY: number },
  layer: ClientBox,
  geometry: PageGeometry,
): AnnotationPoint {
  const rect = clientRectToPage(
    { left: point.clientX, top: point.clientY, width: 0, height: 0 },
    layer,
    geometry,
  );
  return { x: rect.x, y: rect.y };
}
