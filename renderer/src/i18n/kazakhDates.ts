/**
 * Kazakh dates written out by hand from CLDR's patterns. Chromium builds may ship trimmed ICU
 * data without Kazakh (Debian's prints "2026 M11 29, Sun"), and a lawyer must never read that.
 * tests/unit/i18n/kazakhDates.test.ts checks these against Node's full ICU.
 */
const MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;

const WEEKDAYS = ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'];

const pad = (value: number) => String(value).padStart(2, '0');
const month = (date: Date) => MONTHS[date.getMonth()] ?? '';
/** CLDR's abbreviation: the first three letters and a dot. */
const shortMonth = (date: Date) => `${month(date).slice(0, 3)}.`;

export const kazakhTime = (date: Date): string =>
  `${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** "2026 ж. 5 қаңтар" (CLDR long date). */
export const kazakhDate = (date: Date): string =>
  `${date.getFullYear()} ж. ${date.getDate()} ${month(date)}`;

/** "2026 ж. 05 қаң., 09:05" (CLDR medium date, short time). */
export const kazakhDateTime = (date: Date): string =>
  `${date.getFullYear()} ж. ${pad(date.getDate())} ${shortMonth(date)}, ${kazakhTime(date)}`;

/** "2026 ж. 29 қараша, жексенбі" (CLDR full date). */
export const kazakhDayHeading = (date: Date): string =>
  `${kazakhDate(date)}, ${WEEKDAYS[date.getDay()] ?? ''}`;

/** Whether this runtime's Intl really knows Kazakh month names (full ICU does). */
export function intlKnowsKazakh(): boolean {
  const november = new Intl.DateTimeFormat('kk-KZ', { month: 'long' }).format(
    new Date(2026, 10, 1),
  );
  return november.toLocaleLowerCase('kk') === 'қараша';
}
