import { describe, expect, it } from 'vitest';
import {
  clientPointToPage,
  clientRectToPage,
  displayRectToPage,
  displaySize,
  displayToPage,
  geometryOfViewport,
  mergeLineRects,
  pagePointToPercent,
  pageRectToDisplay,
  pageRectToPercent,
  pageToDisplay,
  rectsContain,
  type PageGeometry,
} from '../../renderer/src/features/annotations/annotationGeometry';

/** An A4 page in points, as pdf.js's unrotated viewport at scale 1 gives it. */
const A4 = { width: 595, height: 842 };
const at = (scale: number, rotation: number): PageGeometry => ({ ...A4, scale, rotation });

/** A word near the top-left of the page: x 50..150, y 60..74 in page space. */
const WORD = { x: 50, y: 60, width: 100, height: 14 };

describe('page space ↔ the shown page', () => {
  it('at 100% and no rotation, shown pixels are page units', () => {
    expect(pageRectToDisplay(WORD, at(1, 0))).toEqual({
      left: 50,
      top: 60,
      width: 100,
      height: 14,
    });
    expect(displaySize(at(1, 0))).toEqual({ width: 595, height: 842 });
  });

  it('zooming scales the shown box and the way back gives the same page rect', () => {
    expect(pageRectToDisplay(WORD, at(2, 0))).toEqual({
      left: 100,
      top: 120,
      width: 200,
      height: 28,
    });
    expect(displayRectToPage({ left: 100, top: 120, width: 200, height: 28 }, at(2, 0))).toEqual(
      WORD,
    );
    expect(displayRectToPage({ left: 25, top: 30, width: 50, height: 7 }, at(0.5, 0))).toEqual(
      WORD,
    );
  });

  it('at 90° the page turns clockwise: its top-left corner is shown at the top-right', () => {
    const geometry = at(1, 90);
    expect(displaySize(geometry)).toEqual({ width: 842, height: 595 });
    expect(pageToDisplay({ x: 0, y: 0 }, geometry)).toEqual({ x: 842, y: 0 });
    expect(pageToDisplay({ x: 0, y: 842 }, geometry)).toEqual({ x: 0, y: 0 });
    // The word's line runs down the right-hand side of the shown page.
    expect(pageRectToDisplay(WORD, geometry)).toEqual({
      left: 768,
      top: 50,
      width: 14,
      height: 100,
    });
  });

  it('at 180° the page is upside down', () => {
    expect(pageToDisplay({ x: 0, y: 0 }, at(1, 180))).toEqual({ x: 595, y: 842 });
    expect(pageRectToDisplay(WORD, at(1, 180))).toEqual({
      left: 445,
      top: 768,
      width: 100,
      height: 14,
    });
  });

  it('at 270° the page turns counter-clockwise: its top-left corner is shown at the bottom-left', () => {
    const geometry = at(1, 270);
    expect(pageToDisplay({ x: 0, y: 0 }, geometry)).toEqual({ x: 0, y: 595 });
    expect(pageRectToDisplay(WORD, geometry)).toEqual({
      left: 60,
      top: 445,
      width: 14,
      height: 100,
    });
  });

  it.each([0, 90, 180, 270, -90, 450])(
    'a rect and a point go there and back at rotation %i, at every zoom',
    (rotation) => {
      for (const scale of [0.5, 1, 1.5, 2, 3.3]) {
        const geometry = at(scale, rotation);
        const shown = pageRectToDisplay(WORD, geometry);
        const back = displayRectToPage(shown, geometry);
        expect(back.x).toBeCloseTo(WORD.x, 9);
        expect(back.y).toBeCloseTo(WORD.y, 9);
        expect(back.width).toBeCloseTo(WORD.width, 9);
        expect(back.height).toBeCloseTo(WORD.height, 9);
        const point = displayToPage(pageToDisplay({ x: 300, y: 700 }, geometry), geometry);
        expect(point.x).toBeCloseTo(300, 9);
        expect(point.y).toBeCloseTo(700, 9);
      }
    },
  );

  it('a selection made at 200% on a turned page is stored where the same words are at 100%', () => {
    // The word as the browser reports it at 200% and 90°: a tall box on the right.
    const selected = { left: 1536, top: 100, width: 28, height: 200 };
    expect(displayRectToPage(selected, at(2, 90))).toEqual(WORD);
    expect(pageRectToDisplay(displayRectToPage(selected, at(2, 90)), at(1, 0))).toEqual({
      left: 50,
      top: 60,
      width: 100,
      height: 14,
    });
  });

  it('reads the unrotated size back from a pdf.js viewport at any zoom and rotation', () => {
    expect(geometryOfViewport({ width: 1684, height: 1190, scale: 2, rotation: 90 })).toEqual(
      at(2, 90),
    );
    expect(geometryOfViewport({ width: 595, height: 842, scale: 1, rotation: 180 })).toEqual(
      at(1, 180),
    );
  });

  it('percentages of the shown page do not depend on the zoom', () => {
    for (const rotation of [0, 90, 180, 270]) {
      expect(pageRectToPercent(WORD, at(3, rotation))).toEqual(
        pageRectToPercent(WORD, at(1, rotation)),
      );
    }
    const percent = pageRectToPercent(WORD, at(1, 0));
    expect(percent.left).toBeCloseTo((50 / 595) * 100, 9);
    expect(percent.height).toBeCloseTo((14 / 842) * 100, 9);
    expect(pagePointToPercent({ x: 0, y: 0 }, at(2, 90))).toEqual({ x: 100, y: 0 });
  });
});

describe('mergeLineRects', () => {
  it('joins the boxes of one line, drops empty ones and keeps lines apart, top to bottom', () => {
    const merged = mergeLineRects([
      { x: 200, y: 100, width: 80, height: 14 },
      { x: 50, y: 60, width: 60, height: 14 },
      { x: 110, y: 61, width: 40, height: 13 },
      // The parent span's box, overlapping its children.
      { x: 50, y: 59.5, width: 100, height: 15 },
      // An empty box at the end of the line.
      { x: 150, y: 60, width: 0, height: 14 },
      { x: 50, y: 100.5, width: 140, height: 13 },
    ]);
    expect(merged).toEqual([
      { x: 50, y: 59.5, width: 100, height: 15 },
      { x: 50, y: 100, width: 230, height: 14 },
    ]);
  });

  it('keeps two lines whose boxes only touch apart', () => {
    expect(
      mergeLineRects([
        { x: 50, y: 60, width: 100, height: 14 },
        { x: 50, y: 72, width: 100, height: 14 },
      ]),
    ).toHaveLength(2);
  });

  it('gives nothing for nothing', () => {
    expect(mergeLineRects([])).toEqual([]);
    expect(mergeLineRects([{ x: 1, y: 1, width: 0.01, height: 10 }])).toEqual([]);
  });
});

describe('rectsContain', () => {
  it('tells a click on a highlighted word from one beside it', () => {
    expect(rectsContain([WORD], { x: 100, y: 65 })).toBe(true);
    expect(rectsContain([WORD], { x: 160, y: 65 })).toBe(false);
    expect(rectsContain([WORD], { x: 152, y: 65 }, 3)).toBe(true);
  });
});

describe('client space → page space', () => {
  it('measures against the layer on screen, so a page mid-zoom still maps right', () => {
    // pdf.js shows the 100% rendering stretched to 200% by CSS until it re-renders.
    const layer = { left: 10, top: 20, width: 1190, height: 1684 };
    const rect = { left: 110, top: 140, width: 200, height: 28 };
    expect(clientRectToPage(rect, layer, at(1, 0))).toEqual(WORD);
    expect(clientRectToPage(rect, layer, at(2, 0))).toEqual(WORD);
    expect(clientPointToPage({ clientX: 10, clientY: 20 }, layer, at(2, 90))).toEqual({
      x: 0,
      y: 842,
    });
  });
});
