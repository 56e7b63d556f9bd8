import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;

/**
 * The dossier fonts' ready-made subsets (resources/fonts/*.dossier.ttf + .json): every glyph of
 * DejaVu Sans for the scripts of the generated pages, cut once by `npm run fonts` (run again
 * only when the fonts or RANGES change; a test fails when the files and this code disagree).
 * With them the bundle worker needs no fontkit (about a tenth of an export's time to load) unless
 * a text has a character outside them. Renamed nothing: DejaVu's licence allows modified copies
 * whose names avoid "Bitstream" and "Vera".
 */

/** Code point ranges: ASCII, Latin-1, Latin Extended-A, Cyrillic (Kazakh included) and
 * Cyrillic Supplement, general punctuation (dashes, quotes, ellipsis), currency signs (₸),
 * numero and trade mark signs. */
export const SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x400, 0x52f],
  [0x2010, 0x2044],
  [0x20a0, 0x20bf],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
];

export interface SubsetMetrics {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number | null;
  xHeight: number | null;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  familyClass: number;
  fixedPitch: boolean;
  italic: boolean;
  /** Advance width of glyph 0 (.notdef). */
  notdefAdvance: number;
  /** [code point, glyph id in the subset, advance width], by code point. */
  glyphs: [number, number, number][];
}

interface FontkitFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight?: number;
  xHeight?: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  'OS/2'?: { sFamilyClass: number };
  post: { isFixedPitch: number | boolean };
  head: { macStyle: { italic: boolean } };
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  getGlyph(id: number): { advanceWidth: number };
  createSubset(): {
    includeGlyph(glyph: unknown): number;
    encodeStream(): {
      on(event: 'data', listener: (bytes: Uint8Array) => void): unknown;
      on(event: 'end', listener: () => void): unknown;
    };
  };
}

/** Cuts the subset of `ttf` (with fontkit, which only this build step and a fallback load). */
export async function buildFontSubset(
  fontkit: Fontkit,
  ttf: Uint8Array,
): Promise<{ bytes: Uint8Array; metrics: SubsetMetrics }> {
  const font = fontkit.create(ttf) as Font & FontkitFont;
  const subset = font.createSubset();
  const glyphs: [number, number, number][] = [];
  for (const [first, last] of SUBSET_RANGES) {
    for (let codePoint = first; codePoint <= last; codePoint += 1) {
      if (!font.hasGlyphForCodePoint(codePoint)) continue;
      const glyph = font.glyphForCodePoint(codePoint);
      glyphs.push([codePoint, subset.includeGlyph(glyph), glyph.advanceWidth]);
    }
  }
  const parts: Uint8Array[] = [];
  await new Promise<void>((resolve) => {
    const stream = subset.encodeStream();
    stream.on('data', (bytes) => parts.push(bytes));
    stream.on('end', () => resolve());
  });
  return {
    bytes: new Uint8Array(Buffer.concat(parts)),
    metrics: {
      postscriptName: font.postscriptName,
      unitsPerEm: font.unitsPerEm,
      ascent: font.ascent,
      descent: font.descent,
      capHeight: font.capHeight ?? null,
      xHeight: font.xHeight ?? null,
      italicAngle: font.italicAngle,
      bbox: {
        minX: font.bbox.minX,
        minY: font.bbox.minY,
        maxX: font.bbox.maxX,
        maxY: font.bbox.maxY,
      },
      familyClass: font['OS/2']?.sFamilyClass ?? 0,
      fixedPitch: Boolean(font.post.isFixedPitch),
      italic: font.head.macStyle.italic,
      notdefAdvance: font.getGlyph(0).advanceWidth,
      glyphs,
    },
  };
}

/** File names of a font's subset beside it: DejaVuSans.ttf → DejaVuSans.dossier.ttf/.json. */
export function subsetFileNames(fontFile: string): { ttf: string; json: string } {
  const base = fontFile.replace(/\.ttf$/, '');
  return { ttf: `${base}.dossier.ttf`, json: `${base}.dossier.json` };
}
