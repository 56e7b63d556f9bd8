import type { TFunction } from 'i18next';
import type { OcrLang, OcrLanguageChoice } from '../../../../shared/domain/ocr';

/**
 * The language sets offered in the "Run OCR" dialog and the settings, as Tesseract spells them.
 * Court papers from Kazakhstan mix Russian and Kazakh, often with English names: all three first.
 */
export const OCR_LANGUAGE_SETS = [
  'rus+kaz+eng',
  'kaz+rus',
  'rus',
  'kaz',
  'eng',
  'rus+eng',
  'kaz+eng',
] as const;
export type OcrLanguageSet = (typeof OCR_LANGUAGE_SETS)[number];

export const OCR_CHOICES = ['auto', ...OCR_LANGUAGE_SETS] as const;
export type OcrChoiceKey = (typeof OCR_CHOICES)[number];

export function languagesOf(set: OcrLanguageSet): OcrLang[] {
  return set.split('+') as OcrLang[];
}

/** A stored set as one of the offered ones; a set we do not offer shows as all three. */
export function languageSetOf(langs: readonly OcrLang[] | undefined): OcrLanguageSet {
  const spelled = (langs ?? []).join('+');
  return OCR_LANGUAGE_SETS.find((set) => set === spelled) ?? 'rus+kaz+eng';
}

export function choiceKeyOf(choice: OcrLanguageChoice | undefined): OcrChoiceKey {
  return choice === undefined || choice === 'auto' ? 'auto' : languageSetOf(choice);
}

export function languageSetLabel(t: TFunction, set: OcrLanguageSet): string {
  return languagesOf(set)
    .map((lang) => t(`ocr.lang.${lang}`))
    .join(' + ');
}

export function choiceLabel(t: TFunction, choice: OcrChoiceKey): string {
  return choice === 'auto' ? t('ocr.choice.auto') : languageSetLabel(t, choice);
}
