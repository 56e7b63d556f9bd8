import type { Language } from '../../../../shared/domain/settings';
import { formatDate, LOCALES, localDay } from '../../i18n/format';
import { intlKnowsKazakh } from '../../i18n/kazakhDates';

const UNITS = [
  { unit: 'gigabyte', bytes: 1024 ** 3 },
  { unit: 'megabyte', bytes: 1024 ** 2 },
  { unit: 'kilobyte', bytes: 1024 },
] as const;

let kazakhFromIntl: boolean | undefined;

/**
 * Where Intl has no Kazakh data it would write "1.5 kB"; Kazakh writes sizes as Russian does
 * ("1,5 КБ"), so Russian formatting stands in.
 */
function sizeLocale(language: Language): string {
  if (language === 'kk' && !(kazakhFromIntl ??= intlKnowsKazakh())) return LOCALES.ru;
  return LOCALES[language];
}

/** Sizes through Intl's units, so "КБ" and "MB" come from the locale, not from our catalogs. */
export function formatSize(bytes: number, language: Language): string {
  const locale = sizeLocale(language);
  const match = UNITS.find(({ bytes: unitBytes }) => bytes >= unitBytes);
  if (!match) {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'byte',
      unitDisplay: 'short',
    }).format(bytes);
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: match.unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes / match.bytes);
}

/** `importedAt` is an instant; the lawyer sees the local day it happened. */
export const formatImportDay = (importedAt: string, language: Language): string =>
  formatDate(localDay(new Date(importedAt)), language);
