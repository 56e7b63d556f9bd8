import type { PDFDocument } from 'pdf-lib';
import type { SubsetMetrics } from './fontSubset';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/**
 * A fontkit for pdf-lib over the ready-made subsets (fontSubset.ts): `create(bytes)` of a subset's
 * bytes answers what pdf-lib's CustomFontEmbedder asks of a font (metrics, glyphs by code point,
 * layout without shaping, as unshapedFontkit does) from its metrics, so the bytes are embedded
 * as they are and no fontkit is loaded. A character outside the subset is a bug of the caller,
 * which checks `subsetsCover` first: it throws rather than draw a blank box.
 */
export function prebuiltFontkit(subsets: ReadonlyMap<Uint8Array, SubsetMetrics>): Fontkit {
  return {
    create(data) {
      const metrics = subsets.get(data);
      if (!metrics) throw new Error('Not one of the dossier font subsets');
      return fontOf(metrics);
    },
  };
}

/** Whether every character of every text is in every subset. */
export function subsetsCover(subsets: readonly SubsetMetrics[], texts: Iterable<string>): boolean {
  const sets = subsets.map((metrics) => new Set(metrics.glyphs.map(([codePoint]) => codePoint)));
  for (const text of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (!sets.every((set) => set.has(codePoint))) return false;
    }
  }
  return true;
}

function fontOf(metrics: SubsetMetrics): Font {
  const byCodePoint = new Map<number, Glyph>();
  const byId = new Map<number, Glyph>();
  for (const [codePoint, id, advanceWidth] of metrics.glyphs) {
    let glyph = byId.get(id);
    if (!glyph) {
      glyph = { id, advanceWidth, codePoints: [] };
      byId.set(id, glyph);
    }
    glyph.codePoints.push(codePoint);
    byCodePoint.set(codePoint, glyph);
  }
  const glyphForCodePoint = (codePoint: number): Glyph => {
    const glyph = byCodePoint.get(codePoint);
    if (!glyph) {
      throw new Error(`U+${codePoint.toString(16).toUpperCase()} is not in the dossier font`);
    }
    return glyph;
  };
  const font = {
    postscriptName: metrics.postscriptName,
    unitsPerEm: metrics.unitsPerEm,
    ascent: metrics.ascent,
    descent: metrics.descent,
    capHeight: metrics.capHeight ?? undefined,
    xHeight: metrics.xHeight ?? undefined,
    italicAngle: metrics.italicAngle,
    bbox: metrics.bbox,
    cff: false,
    'OS/2': { sFamilyClass: metrics.familyClass },
    post: { isFixedPitch: metrics.fixedPitch },
    head: { macStyle: { italic: metrics.italic } },
    characterSet: metrics.glyphs.map(([codePoint]) => codePoint),
    glyphForCodePoint,
    hasGlyphForCodePoint: (codePoint: number) => byCodePoint.has(codePoint),
    layout: (text: string) => ({
      glyphs: Array.from(text, (char) => glyphForCodePoint(char.codePointAt(0)!)),
      positions: [],
    }),
  };
  return font as unknown as Font;
}
