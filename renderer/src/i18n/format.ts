import type { Language } from '../../../shared/domain/settings';
import {
  intlKnowsKazakh,
  kazakhDate,
  kazakhDateTime,
  kazakhDayHeading,
  kazakhTime,
} from './kazakhDates';

/** Formatting locales: British English gives day-month order, which lawyers here expect. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(LOCALES[language], options);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` read as local wall-clock time: hearings are court-local
 * events, so no time-zone conversion may move them to another day.
 */
export function parseLocal(value: string): Date {
  const [datePart = '', timePart = '00:00'] = value.split('T');
  const [year = 0, month = 1, day = 1] = datePart.split('-').map(Number);
  const [hours = 0, minutes = 0] = timePart.split(':').map(Number);
  return new Date(year, month - 1, day, hours, minutes);
}

let kazakhFromIntl: boolean | undefined;

/** Intl where it speaks the language; CLDR's Kazakh patterns by hand where it does not. */
function format(
  value: string,
  language: Language,
  options: Intl.DateTimeFormatOptions,
  kazakh: (date: Date) => string,
): string {
  const date = parseLocal(value);
  if (language === 'kk' && !(kazakhFromIntl ??= intlKnowsKazakh())) return kazakh(date);
  return formatter(language, options).format(date);
}

export const formatDate = (isoDate: string, language: Language): string =>
  format(isoDate, language, { day: 'numeric', month: 'long', year: 'numeric' }, kazakhDate);

export const formatDateTime = (localDateTime: string, language: Language): string =>
  format(localDateTime, language, { dateStyle: 'medium', timeStyle: 'short' }, kazakhDateTime);

export const formatTime = (localDateTime: string, language: Language): string =>
  format(localDateTime, language, { timeStyle: 'short' }, kazakhTime);

export const formatDayHeading = (isoDate: string, language: Language): string =>
  format(
    isoDate,
    language,
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    kazakhDayHeading,
  );

/** The renderer's wall-clock now as `YYYY-MM-DDTHH:mm`, the form the core's queries take. */
export function localNow(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** `YYYY-MM-DD` of a local date, plus an offset in days (for "today" and "tomorrow"). */
export function localDay(date: Date = new Date(), offsetDays = 0): string {
  const shifted = new Date(date.getFullYear(), date.getMonth(), date.getDate() + offsetDays);
  return localNow(shifted).slice(0, 10);
}
