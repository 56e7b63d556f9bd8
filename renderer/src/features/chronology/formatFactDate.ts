import type { FactDate } from '../../../../shared/domain/fact';
import type { Language } from '../../../../shared/domain/settings';
import { formatDate, LOCALES } from '../../i18n/format';
import { intlKnowsKazakh, kazakhDate } from '../../i18n/kazakhDates';

let kazakhFromIntl: boolean | undefined;

/**
 * "May 2024" / "май 2024 г." / "2024 ж. мамыр" (CLDR's yMMMM). Kazakh month names come from
 * kazakhDates when this runtime's ICU lacks Kazakh, as for full dates.
 */
export function formatMonth(month: string, language: Language): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const first = new Date(year, monthNumber - 1, 1);
  if (language === 'kk' && !(kazakhFromIntl ??= intlKnowsKazakh())) return kazakhMonthYear(first);
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric' }).format(
    first,
  );
}

/** CLDR's Kazakh yMMMM by hand; kazakhDate writes "2024 ж. 1 мамыр", the month is its last word. */
export const kazakhMonthYear = (date: Date): string =>
  `${date.getFullYear()} ж. ${kazakhDate(date).split(' ').at(-1) ?? ''}`;

export interface FactDateWords {
  /** "2024" in the language's year form ("2024 г.", "2024 ж."). */
  year: (year: string) => string;
  undated: string;
}

/** A fact's date as precisely as it is known, never more: a month shows no day. */
export function formatFactDateLabel(
  date: FactDate,
  language: Language,
  words: FactDateWords,
): string {
  switch (date.kind) {
    case 'exact':
      return formatDate(date.date, language);
    case 'month':
      return formatMonth(date.month, language);
    case 'year':
      return words.year(date.year);
    case 'range':
      return `${formatDate(date.from, language)} – ${formatDate(date.to, language)}`;
    case 'undated':
      return words.undated;
  }
}
