import { rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { wrapText } from './textLayout';

/** A4 portrait, the size of every page Casefile generates. */
export const PAGE_SIZE: [number, number] = [595.28, 841.89];
export const MARGIN_X = 56;
export const MARGIN_TOP = 60;
/** Leaves room for a stamp in a bottom corner. */
export const MARGIN_BOTTOM = 60;
export const CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X;

export interface GeneratedFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface TextStyle {
  font: PDFFont;
  size: number;
  color?: RGB;
  /** Extra space below the paragraph. */
  after?: number;
  indent?: number;
}

/**
 * Writes paragraphs top to bottom, starting a new page when one is full. Without `newPage` it
 * only counts the pages the same text would take: page numbers printed elsewhere depend on it.
 */
export class FlowWriter {
  readonly pages: PDFPage[] = [];
  pageCount = 0;
  private page: PDFPage | undefined;
  private started = false;
  private y = 0;

  constructor(private readonly newPage: (() => PDFPage) | null) {}

  paragraph(text: string, style: TextStyle): void {
    const indent = style.indent ?? 0;
    const lineHeight = style.size * 1.35;
    for (const line of wrapText(text, style.font, style.size, CONTENT_WIDTH - indent)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      if (line !== '' && this.page) {
        this.page.drawText(line, {
          x: MARGIN_X + indent,
          y: this.y + style.size * 0.3,
          size: style.size,
          font: style.font,
          color: style.color ?? rgb(0, 0, 0),
        });
      }
    }
    this.y -= style.after ?? 0;
  }

  /** Vertical space; at the top of a page it starts the page (a cover's first lines sit lower). */
  space(height: number): void {
    this.ensure(0);
    this.y -= height;
  }

  /** Starts a page even when the current one has room (a new part of the bundle). */
  breakPage(): void {
    this.started = false;
  }

  private ensure(height: number): void {
    if (this.started && this.y - height >= MARGIN_BOTTOM) return;
    this.started = true;
    this.pageCount += 1;
    this.y = PAGE_SIZE[1] - MARGIN_TOP;
    if (this.newPage) {
      this.page = this.newPage();
      this.pages.push(this.page);
    }
  }
}
