/**
 * A hyphen (or soft hyphen) ending a line inside a word, as PDF text extraction leaves it:
 * `сви-\nдетель`. Only joined when a lowercase letter follows, so a compound that happens to
 * break at its own hyphen before a capital (`Алматы-\nАстана`) is not glued, and a hyphen on one
 * line (`северо-восток`, `ст.190-1`) is never touched. U+2010 is what NFKC leaves of U+2011.
 */
const LINE_BREAK_HYPHEN =
  /(?<=\p{L})[-\u2010\u00AD][ \t]*(?:\r\n|[\n\r\u0085\u2028\u2029])\s*(?=\p{Ll})/gu;

/** Soft hyphens and zero-width characters: invisible in the document, so invisible to search. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

// A stray diaeresis after ё would rebuild ё from the е it becomes, so it goes too.
const YO = /ё\u0308*|е\u0308+/g;

const WHITESPACE_RUN = /\s+/g;

/**
 * The form every page is indexed and every query is searched in: NFKC, lowercase, `ё` as `е`,
 * line-break hyphenation joined, invisible characters dropped, whitespace collapsed to single
 * spaces and trimmed. Idempotent, so normalising a query twice is harmless.
 */
export function normalizeText(text: string): string {
  let result = text.normalize('NFKC');
  result = result.replace(LINE_BREAK_HYPHEN, '').replace(INVISIBLE, '');
  // toLowerCase turns İ into `i` + U+0307 (a dot that would hide the word from `i`); Kazakh І
  // (U+0406) already lowercases to і (U+0456), which is a different letter from Latin `i`.
  result = result.replaceAll('\u0130', 'I').toLowerCase();
  // Lowercasing can leave a letter + mark pair that has a precomposed lowercase form (`J̌` → `ǰ`):
  // a second NFKC keeps the output idempotent, and costs little on text that is already NFKC.
  result = result.normalize('NFKC');
  return result.replace(YO, 'е').replace(WHITESPACE_RUN, ' ').trim();
}
