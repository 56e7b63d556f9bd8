import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;

/**
 * fontkit for the generated pages, without shaping: each character is its font's glyph for
 * that code point. Latin, Cyrillic and Kazakh need no shaping, and fontkit's shaper (run by
 * pdf-lib for every measure and every string drawn) parses DejaVu's large GSUB/GPOS tables and
 * costs more than the rest of the generated pages together. No kerning is lost: pdf-lib writes
 * glyph advances only. Latin ligatures (fi, fl) are not formed, which keeps text extraction
 * one character per glyph.
 *
 * Loaded only when needed (a text outside the ready-made subsets, see prebuiltFontkit.ts):
 * fontkit takes about a tenth of an export's time just to load.
 */
export async function unshapedFontkit(): Promise<Fontkit> {
  const loaded = (await import('@pdf-lib/fontkit')) as { default?: Fontkit } & Partial<Fontkit>;
  const fontkit = typeof loaded.create === 'function' ? (loaded as Fontkit) : loaded.default!;
  return {
    create(data, postscriptName) {
      const font: Font = fontkit.create(data, postscriptName);
      // pdf-lib reads only the run's glyphs (ids, advances and code points for ToUnicode).
      font.layout = (text) =>
        ({
          glyphs: Array.from(text, (char) => font.glyphForCodePoint(char.codePointAt(0)!)),
          positions: [],
        }) as unknown as ReturnType<Font['layout']>;
      return font;
    },
  };
}
