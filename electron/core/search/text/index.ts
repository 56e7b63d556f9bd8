export { detectLanguage } from './detectLanguage';
export { stemKazakh } from './kazakhStemmer';
export { normalizeText } from './normalize';
export { stem, stemAny, type LanguageHint, type StemLanguage } from './stem';
export { tokenize, type Token } from './tokenize';
