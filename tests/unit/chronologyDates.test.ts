import { describe, expect, it } from 'vitest';
import type { FactDate } from '../../shared/domain/fact';
import type { Language } from '../../shared/domain/settings';
import {
  formatFactDateLabel,
  formatMonth,
  kazakhMonthYear,
} from '../../renderer/src/features/chronology/formatFactDate';
import { chronologyFileName } from '../../renderer/src/features/chronology/exportFileName';

const words = (language: Language) => ({
  year: (year: string) => ({ en: year, ru: `${year} г.`, kk: `${year} ж.` })[language],
  undated: { en: 'undated', ru: 'без даты', kk: 'күнсіз' }[language],
});
const label = (date: FactDate, language: Language) =>
  formatFactDateLabel(date, language, words(language));

describe('a fact date shown at its precision', () => {
  it.each([
    ['en', '14 May 2024', 'May 2024', '2024', '10 May 2024 – 2 June 2024', 'undated'],
    [
      'ru',
      '14 мая 2024 г.',
      'май 2024 г.',
      '2024 г.',
      '10 мая 2024 г. – 2 июня 2024 г.',
      'без даты',
    ],
    [
      'kk',
      '2024 ж. 14 мамыр',
      '2024 ж. мамыр',
      '2024 ж.',
      '2024 ж. 10 мамыр – 2024 ж. 2 маусым',
      'күнсіз',
    ],
  ] as const)('in %s', (language, exact, month, year, range, undated) => {
    expect(label({ kind: 'exact', date: '2024-05-14' }, language)).toBe(exact);
    expect(label({ kind: 'month', month: '2024-05' }, language)).toBe(month);
    expect(label({ kind: 'year', year: '2024' }, language)).toBe(year);
    expect(label({ kind: 'range', from: '2024-05-10', to: '2024-06-02' }, language)).toBe(range);
    expect(label({ kind: 'undated' }, language)).toBe(undated);
  });

  it.each(Array.from({ length: 12 }, (_, month) => month))(
    'writes Kazakh month %i like CLDR when Intl lacks Kazakh',
    (month) => {
      const date = new Date(2025, month, 1);
      expect(kazakhMonthYear(date)).toBe(
        new Intl.DateTimeFormat('kk-KZ', { month: 'long', year: 'numeric' }).format(date),
      );
      expect(formatMonth(`2025-${String(month + 1).padStart(2, '0')}`, 'kk')).toBe(
        kazakhMonthYear(date),
      );
    },
  );
});

describe('the suggested CSV file name', () => {
  it('keeps a Cyrillic title and drops what file systems refuse', () => {
    expect(chronologyFileName('Иванов / ТОО «Альфа»: 2-123?', 'хронология')).toBe(
      'Иванов _ ТОО «Альфа»_ 2-123_ - хронология.csv',
    );
  });

  it('trims dots and spaces and bounds the length', () => {
    expect(chronologyFileName(' ..Дело.. ', 'chronology')).toBe('Дело - chronology.csv');
    expect(chronologyFileName('\u0000\u0007', 'chronology')).toBe('_ - chronology.csv');
    expect(chronologyFileName('', 'chronology')).toBe('chronology.csv');
    expect(chronologyFileName('я'.repeat(500), 'chronology').length).toBeLessThanOrEqual(
      120 + ' - chronology.csv'.length,
    );
  });
});
