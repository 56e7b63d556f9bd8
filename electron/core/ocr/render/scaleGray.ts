import type { GrayImage } from './decodePng';

/**
 * Shrinks a gray image by averaging each output pixel's footprint (a box filter, separable):
 * thin strokes fade instead of vanishing, which is what Tesseract needs from a downscale.
 * Only ever shrinks; the target must be no larger than the source on either side.
 */
export function shrinkGray(source: GrayImage, width: number, height: number): GrayImage {
  if (width >= source.width && height >= source.height) return source;
  const horizontal = shrinkRows(source.gray, source.width, source.height, width);
  const gray = shrinkColumns(horizontal, width, source.height, height);
  return { width, height, gray };
}

/** Each row from `from` to `to` pixels; Float32 keeps the partial sums exact enough. */
function shrinkRows(gray: Uint8Array, from: number, rows: number, to: number): Float32Array {
  const out = new Float32Array(to * rows);
  const spans = spansOf(from, to);
  for (let y = 0; y < rows; y += 1) {
    const row = y * from;
    for (let x = 0; x < to; x += 1) {
      const [start, end] = spans[x]!;
      let sum = 0;
      for (let i = start; i < end; i += 1) sum += gray[row + i]!;
      out[y * to + x] = sum / (end - start);
    }
  }
  return out;
}

function shrinkColumns(values: Float32Array, width: number, from: number, to: number): Uint8Array {
  const out = new Uint8Array(width * to);
  const spans = spansOf(from, to);
  for (let y = 0; y < to; y += 1) {
    const [start, end] = spans[y]!;
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let i = start; i < end; i += 1) sum += values[i * width + x]!;
      out[y * width + x] = Math.round(sum / (end - start));
    }
  }
  return out;
}

/** The source range [start, end) behind each of `to` output pixels; never empty. */
function spansOf(from: number, to: number): [number, number][] {
  const ratio = from / to;
  return Array.from({ length: to }, (_, i) => {
    const start = Math.min(from - 1, Math.floor(i * ratio));
    return [start, Math.max(start + 1, Math.min(from, Math.floor((i + 1) * ratio)))];
  });
}
