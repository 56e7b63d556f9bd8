import { type LanguageHint } from './stem';

/** Fewer letters than this (a blank or scanned page) say nothing about the language. */
const MIN_LETTERS = 20;
/**
 * Kazakh-only letters are well over 5% of the Cyrillic letters of Kazakh prose (і alone is about
 * that), while a Russian page full of Kazakh names stays under 1%.
 */
const KAZAKH_SHARE = 0.03;

const KAZAKH_ONLY = new Set('әғқңөұүһіӘҒҚҢӨҰҮҺІ');
const LETTER = /\p{L}/u;

/**
 * The language of a page or document by script: mostly Latin → `en`, mostly Cyrillic → `kk` or
 * `ru` by the share of Kazakh-only letters, mostly another script → `other`; `null` when there
 * are too few letters to tell. Latin text is assumed English: the app has no other Latin-script
 * language to tell it from (Kazakh in the 2021 Latin alphabet is detected as `en`).
 */
export function detectLanguage(text: string): Exclude<LanguageHint, null> | null {
  let cyrillic = 0;
  let kazakh = 0;
  let latin = 0;
  let other = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x0400 && code <= 0x04ff) {
      cyrillic += 1;
      if (KAZAKH_ONLY.has(char)) kazakh += 1;
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      latin += 1;
    } else if (code >= 0xc0 && code <= 0x24f) {
      if (code !== 0xd7 && code !== 0xf7) latin += 1; // × and ÷ sit among the Latin letters
    } else if (code > 0x7f && LETTER.test(char)) {
      other += 1;
    }
  }
  const letters = cyrillic + latin + other;
  if (letters < MIN_LETTERS) return null;
  if (cyrillic * 2 > letters) return kazakh >= cyrillic * KAZAKH_SHARE ? 'kk' : 'ru';
  if (latin * 2 > letters) return 'en';
  return 'other';
}
