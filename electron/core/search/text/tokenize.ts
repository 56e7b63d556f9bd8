/** A word of normalised text; `start`/`end` are UTF-16 offsets, so `text.slice(start, end)`. */
export interface Token {
  token: string;
  start: number;
  end: number;
}

// Marks are part of a word so a decomposed letter is not split in two; punctuation such as `.`
// and `-` separates, so `ст.190-1` gives `ст`, `190` and `1`.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of `text` (meant to be the output of `normalizeText`), in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ token: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
