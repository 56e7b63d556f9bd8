/**
 * Folding used wherever a lawyer types to find something: NFKC, case folding and ё→е,
 * so "Ёлкин", "ёлкин" and "елкин" are the same name. Kazakh letters survive untouched.
 */
export function foldForMatch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('ru').replaceAll('ё', 'е');
}

/** Zero-width space, soft hyphen, word joiner, BOM: invisible, and they break matching. */
const INVISIBLE = /[\u200B\u00AD\u2060\uFEFF]/g;

/** Trims and collapses inner whitespace (single-line fields); letters are stored as typed. */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').trim().replace(/\s+/g, ' ');
}

/** Multi-line text keeps its lines; only line endings and invisible characters are normalised. */
export function tidyLongText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\r\n?/g, '\n');
}

/**
 * Characters that alter how stored text is displayed or read without being visible: C0/C1
 * controls (tab and newline are checked separately) and the bidi embeddings, overrides and
 * isolates that can make "2-1234/2026" display as something else.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
export const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
