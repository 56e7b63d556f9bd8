import { describe, expect, it } from 'vitest';
import {
  kazakhDate,
  kazakhDateTime,
  kazakhDayHeading,
  kazakhTime,
} from '../../../renderer/src/i18n/kazakhDates';

/** Node ships full ICU, so its Kazakh is CLDR's: the reference for the hand-written patterns. */
const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('kk-KZ', options);

// One date in every month and on every weekday, with single- and double-digit days and hours.
const dates = Array.from(
  { length: 24 },
  (_, index) => new Date(2026, index % 12, 1 + index, index, (5 * index) % 60),
);

describe('Kazakh dates written without Intl', () => {
  it.each(dates)('match CLDR for %s', (date) => {
    expect(kazakhDate(date)).toBe(
      intl({ day: 'numeric', month: 'long', year: 'numeric' }).format(date),
    );
    expect(kazakhDateTime(date)).toBe(
      intl({ dateStyle: 'medium', timeStyle: 'short' }).format(date),
    );
    expect(kazakhTime(date)).toBe(intl({ timeStyle: 'short' }).format(date));
    expect(kazakhDayHeading(date)).toBe(
      intl({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date),
    );
  });
});
