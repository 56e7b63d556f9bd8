import type { PDFFont } from 'pdf-lib';

/** Line breaking for the generated pages (the titles and notes come from the lawyer: any length). */

/** Control characters would be drawn as missing glyphs; tabs and line ends become spaces or breaks. */
export function printable(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
  );
}

/**
 * Width of a line as pdf-lib draws it: the glyphs' advance widths, without kerning (drawText
 * writes no kerning adjustments). Cached per character: fontkit's widthOfTextAtSize shapes the
 * whole string every time, which made laying out a long inventory slower than copying pages.
 */
const advances = new WeakMap<PDFFont, Map<string, number>>();

export function textWidth(text: string, font: PDFFont, size: number): number {
  let cache = advances.get(font);
  if (!cache) {
    cache = new Map();
    advances.set(font, cache);
  }
  let width = 0;
  for (const char of text) {
    let advance = cache.get(char);
    if (advance === undefined) {
      advance = font.widthOfTextAtSize(char, 1);
      cache.set(char, advance);
    }
    width += advance;
  }
  return width * size;
}

/** Lines no wider than `width`; words longer than a line are cut between characters. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(text).replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter((part) => part.length > 0)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, font, size) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      for (const piece of splitLongWord(word, font, size, width)) {
        if (line !== '') lines.push(line);
        line = piece;
      }
    }
    lines.push(line);
  }
  return lines;
}

function splitLongWord(word: string, font: PDFFont, size: number, width: number): string[] {
  if (textWidth(word, font, size) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && textWidth(piece + char, font, size) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
