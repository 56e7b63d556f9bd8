/**
 * Folding used wherever a lawyer types to find something: NFKC, case folding and ё→е,
 * so "Ёлкин", "ёлкин" and "елкин" are the same name. Kazakh letters survive untouched.
 */
export function foldForMatch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('ru').replaceAll('ё', 'е');
}

/** Trims and collapses inner whitespace; user text is otherwise stored as typed. */
export function tidy(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}
