// @ts-expect-error -- snowball-stemmers ships no types; its one function is typed below and tested
import { newStemmer } from 'snowball-stemmers';
import { stemKazakh } from './kazakhStemmer';

export type StemLanguage = 'ru' | 'kk' | 'en';
export type LanguageHint = StemLanguage | 'other' | null;

interface SnowballStemmer {
  stem(word: string): string;
}
const createStemmer = newStemmer as (algorithm: 'russian' | 'english') => SnowballStemmer;

// Built once: a stemmer allocates its suffix tables on construction, and it holds no state
// between calls (each call resets it), so sharing it is safe in single-threaded JS.
const russian = createStemmer('russian');
const english = createStemmer('english');

/** Letters that Kazakh has and Russian does not: one of them settles the language. */
const KAZAKH_ONLY_LETTERS = /[әғқңөұүһі]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The stem of one normalised (lowercase) token in `language`. Never empty and never longer than
 * the token, so a stem can always be shown as a prefix-like match.
 */
export function stem(token: string, language: StemLanguage): string {
  const stemmed =
    language === 'kk' ? stemKazakh(token) : (language === 'ru' ? russian : english).stem(token);
  return stemmed.length === 0 || stemmed.length > token.length ? token : stemmed;
}

/**
 * The distinct stems to index or search a token under. The token's own script decides when it
 * can (Latin → English; Cyrillic with a Kazakh-only letter → Kazakh); plain Cyrillic is Russian,
 * and also Kazakh when the document is known to be Kazakh, since `сот` or `сотта` carry no
 * Kazakh-only letter. Tokens in other scripts, and bare numbers, are kept as they are.
 */
export function stemAny(token: string, hint?: LanguageHint): string[] {
  if (CYRILLIC.test(token)) {
    if (KAZAKH_ONLY_LETTERS.test(token)) return [stem(token, 'kk')];
    const russianStem = stem(token, 'ru');
    if (hint !== 'kk') return [russianStem];
    const kazakhStem = stem(token, 'kk');
    return kazakhStem === russianStem ? [russianStem] : [russianStem, kazakhStem];
  }
  if (LATIN.test(token)) return [stem(token, 'en')];
  return [token];
}
