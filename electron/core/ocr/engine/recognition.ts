import type { Block } from 'tesseract.js';
import type { OcrWord } from '../../../../shared/domain/ocr';

/** One page as Tesseract read it. */
export interface OcrRecognition {
  text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
  words: OcrWord[];
}

/** Words with their boxes, flattened from Tesseract's blocks → paragraphs → lines. */
export function wordsOf(blocks: readonly Block[] | null): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          const text = word.text.trim();
          if (text === '') continue;
          const { x0, y0, x1, y1 } = word.bbox;
          words.push({
            text,
            bbox: {
              x0: Math.round(x0),
              y0: Math.round(y0),
              x1: Math.round(x1),
              y1: Math.round(y1),
            },
            confidence: Math.round(word.confidence * 10) / 10,
          });
        }
      }
    }
  }
  return words;
}
