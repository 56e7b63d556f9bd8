import {
  PDFContentStream,
  PDFHexString,
  degrees,
  drawRectangle,
  drawText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFDict,
  type PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { StampOptions } from '../../../../shared/domain/dossier';
import { displayFrame, displayToUser } from './pageGeometry';

/** Distance of the stamp's box from the displayed page's edges. */
const MARGIN = 14;
const PADDING = 2.5;

/**
 * Draws the stamp text in its corner of every page as displayed, upright whatever the page's
 * /Rotate, on a white box so it stays legible on dark scans.
 *
 * A thousand-page bundle means a thousand stamps, so this avoids what pdf-lib's drawText costs
 * per call: the text is encoded and measured per character from a cache (a shaping pass of
 * fontkit each time otherwise; stamps are digits and a prefix, no ligatures to lose), and the
 * few operators go into an uncompressed stream (a deflate per page otherwise, for ~150 bytes).
 */
export class Stamper {
  private readonly glyphs = new Map<string, { hex: string; width: number }>();
  /** The font's key in each (possibly shared) /Font dictionary, so pages sharing one reuse it. */
  private readonly fontKeys = new WeakMap<PDFDict, PDFName>();

  constructor(
    private readonly out: PDFDocument,
    private readonly font: PDFFont,
    private readonly stamp: StampOptions,
  ) {}

  stampPage(page: PDFPage, text: string): void {
    const frame = displayFrame(page);
    const size = this.stamp.fontSize;
    const encoded = this.encode(text);
    const boxWidth = encoded.width * size + 2 * PADDING;
    const boxHeight = this.font.heightAtSize(size, { descender: true }) + 2 * PADDING;
    const descent = boxHeight - 2 * PADDING - this.font.heightAtSize(size, { descender: false });
    const [vertical, horizontal] = this.stamp.position.split('-') as [string, string];
    const u =
      horizontal === 'left'
        ? MARGIN
        : horizontal === 'center'
          ? (frame.width - boxWidth) / 2
          : frame.width - MARGIN - boxWidth;
    const v = vertical === 'top' ? frame.height - MARGIN - boxHeight : MARGIN;
    const rotate = degrees(frame.rotation);
    const corner = displayToUser(frame, u, v);
    const origin = displayToUser(frame, u + PADDING, v + PADDING + descent);
    const operators: PDFOperator[] = [
      pushGraphicsState(),
      ...drawRectangle({
        ...corner,
        width: boxWidth,
        height: boxHeight,
        rotate,
        xSkew: degrees(0),
        ySkew: degrees(0),
        borderWidth: 0.4,
        color: rgb(1, 1, 1),
        borderColor: rgb(0.55, 0.55, 0.55),
      }),
      ...drawText(PDFHexString.of(encoded.hex), {
        ...origin,
        font: this.fontKey(page),
        size,
        rotate,
        xSkew: degrees(0),
        ySkew: degrees(0),
        color: rgb(0, 0, 0),
      }),
      popGraphicsState(),
    ];
    // normalize() (through fontKey) has wrapped the page's own content in q … Q, so an
    // unbalanced `cm` in a copied page cannot move the stamp.
    const stream = PDFContentStream.of(this.out.context.obj({}), operators, false);
    page.node.addContentStream(this.out.context.register(stream));
  }

  /** Glyph codes (hex) and width at size 1 of the text, one character at a time. */
  private encode(text: string): { hex: string; width: number } {
    let hex = '';
    let width = 0;
    for (const char of text) {
      let glyph = this.glyphs.get(char);
      if (!glyph) {
        glyph = {
          // encodeText also adds the glyph to the font's subset.
          hex: this.font.encodeText(char).asString(),
          width: this.font.widthOfTextAtSize(char, 1),
        };
        this.glyphs.set(char, glyph);
      }
      hex += glyph.hex;
      width += glyph.width;
    }
    return { hex, width };
  }

  private fontKey(page: PDFPage): PDFName {
    const fonts = page.node.normalizedEntries().Font;
    let key = this.fontKeys.get(fonts);
    if (!key) {
      key = page.node.newFontDictionary(this.font.name, this.font.ref);
      this.fontKeys.set(fonts, key);
    }
    return key;
  }
}
