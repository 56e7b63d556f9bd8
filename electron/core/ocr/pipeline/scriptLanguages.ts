import type { OcrLang } from '../../../../shared/domain/ocr';

/** Letters of Kazakh Cyrillic that Russian does not have. */
const KAZAKH_ONLY = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** Below this many letters a page says too little about its script: keep the defaults. */
export const MIN_LETTERS = 120;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The languages a document's further pages are read with, judged by the script of what its first
 * pages gave when read with all the default languages: Latin only → English; Cyrillic with the
 * Kazakh letters → Kazakh and Russian (a Kazakh court paper quotes Russian); Cyrillic without
 * them → Russian; English added wherever Latin words are more than a tenth of the letters.
 * Fewer languages read faster and confuse fewer look-alike letters. Null: not enough text.
 */
export function languagesOfScript(text: string): OcrLang[] | null {
  const cyrillic = count(text, CYRILLIC);
  const latin = count(text, LATIN);
  const letters = cyrillic + latin;
  if (letters < MIN_LETTERS) return null;
  if (cyrillic < letters * 0.05) return ['eng'];
  // One Kazakh letter in a hundred Cyrillic ones is already far more than OCR noise in Russian.
  const kazakh = count(text, KAZAKH_ONLY) >= cyrillic * 0.01;
  const langs: OcrLang[] = kazakh ? ['kaz', 'rus'] : ['rus'];
  if (latin > letters * 0.1) langs.push('eng');
  return langs;
}
