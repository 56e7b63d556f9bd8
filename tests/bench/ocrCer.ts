// Character error rate for `npm run bench -- ocr`: Levenshtein distance between the recognised
// text and the ground truth, both NFC with every run of whitespace made one space (line breaks
// and indentation are layout, not characters read), divided by the truth's length.

export function normaliseForCer(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Edit distance over code points (a Kazakh letter is one character, whatever its UTF-16 length). */
export function levenshtein(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  if (left.length === 0) return right.length;
  let previous = Int32Array.from({ length: right.length + 1 }, (_, j) => j);
  let current = new Int32Array(right.length + 1);
  for (let i = 1; i <= left.length; i += 1) {
    current[0] = i;
    const char = left[i - 1];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = previous[j - 1]! + (char === right[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[right.length]!;
}

/** Edits and truth length of one page, to be summed over pages (a micro-average). */
export function pageErrors(recognised: string, truth: string): { edits: number; chars: number } {
  const expected = normaliseForCer(truth);
  return { edits: levenshtein(normaliseForCer(recognised), expected), chars: [...expected].length };
}
