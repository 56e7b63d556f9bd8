import type { PDFDict, PDFDocument, PDFFont, PDFName, PDFPage } from 'pdf-lib';
import type { StampOptions } from '../../../../shared/domain/dossier';
import { displayFrame, displayToUser } from './pageGeometry';

/** Distance of the stamp's box from the displayed page's edges. */
const MARGIN = 14;
const PADDING = 2.5;

/** A number as a content-stream operand: at most three decimals, no exponent, no "-0". */
function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return rounded === 0 ? '0' : String(rounded);
}

/**
 * Draws the stamp text in its corner of every page as displayed, upright whatever the page's
 * /Rotate, on a white box so it stays legible on dark scans.
 *
 * A thousand-page bundle means a thousand stamps, so this avoids what pdf-lib's drawing costs
 * per call: the text is encoded and measured per character from a cache (a shaping pass of
 * fontkit each time otherwise; stamps are digits and a prefix, no ligatures to lose), and the
 * dozen operators are written as one uncompressed string (an operator object per operand and a
 * deflate per page otherwise, for ~200 bytes). Rotations are quarter turns, so the matrices hold
 * exact 0/±1.
 */
export class Stamper {
  private readonly glyphs = new Map<string, { hex: string; width: number }>();
  /** The font's key in each (possibly shared) /Font dictionary, so pages sharing one reuse it. */
  private readonly fontKeys = new WeakMap<PDFDict, PDFName>();
  private readonly boxHeight: number;
  private readonly descent: number;

  constructor(
    private readonly out: PDFDocument,
    private readonly font: PDFFont,
    private readonly stamp: StampOptions,
  ) {
    const size = stamp.fontSize;
    this.boxHeight = font.heightAtSize(size, { descender: true }) + 2 * PADDING;
    this.descent = this.boxHeight - 2 * PADDING - font.heightAtSize(size, { descender: false });
  }

  stampPage(page: PDFPage, text: string): void {
    const frame = displayFrame(page);
    const size = this.stamp.fontSize;
    const encoded = this.encode(text);
    const boxWidth = encoded.width * size + 2 * PADDING;
    const { boxHeight, descent } = this;
    const [vertical, horizontal] = this.stamp.position.split('-') as [string, string];
    const u =
      horizontal === 'left'
        ? MARGIN
        : horizontal === 'center'
          ? (frame.width - boxWidth) / 2
          : frame.width - MARGIN - boxWidth;
    const v = vertical === 'top' ? frame.height - MARGIN - boxHeight : MARGIN;
    const quarter = frame.rotation / 90;
    const cos = [1, 0, -1, 0][quarter]!;
    const sin = [0, 1, 0, -1][quarter]!;
    const turn = `${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)}`;
    const corner = displayToUser(frame, u, v);
    const origin = displayToUser(frame, u + PADDING, v + PADDING + descent);
    const key = this.fontKey(page).asString();
    // normalize() (through fontKey) has wrapped the page's own content in q … Q, so an
    // unbalanced `cm` in a copied page cannot move the stamp.
    const content = [
      'q',
      `1 1 1 rg 0.55 0.55 0.55 RG 0.4 w [] 0 d`,
      `1 0 0 1 ${num(corner.x)} ${num(corner.y)} cm ${turn} 0 0 cm`,
      `0 0 m 0 ${num(boxHeight)} l ${num(boxWidth)} ${num(boxHeight)} l ${num(boxWidth)} 0 l h B`,
      'Q',
      `q BT 0 0 0 rg ${key} ${num(size)} Tf ${turn} ${num(origin.x)} ${num(origin.y)} Tm`,
      `<${encoded.hex}> Tj ET Q`,
    ].join('\n');
    // As bytes: pdf-lib would copy a string into them one character at a time.
    const stream = this.out.context.stream(Buffer.from(content, 'latin1'));
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
