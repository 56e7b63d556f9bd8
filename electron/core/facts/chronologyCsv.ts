import type { Fact } from '../../../shared/domain/fact';
import { formatFactDate } from '../../../shared/domain/fact';
import type { Language } from '../../../shared/domain/settings';

const HEADERS: Record<Language, readonly string[]> = {
  en: [
    'Date',
    'Statement',
    'Status',
    'Importance',
    'People',
    'Issues',
    'Source document',
    'Page',
    'Quote',
    'Source note',
  ],
  ru: [
    'Дата',
    'Факт',
    'Статус',
    'Важность',
    'Лица',
    'Вопросы',
    'Документ-источник',
    'Страница',
    'Цитата',
    'Источник (примечание)',
  ],
  kk: [
    'Күні',
    'Факт',
    'Мәртебесі',
    'Маңыздылығы',
    'Тұлғалар',
    'Мәселелер',
    'Дереккөз құжат',
    'Беті',
    'Дәйексөз',
    'Дереккөз (ескертпе)',
  ],
};

const STATUS: Record<Language, Record<Fact['status'], string>> = {
  en: { undisputed: 'undisputed', disputed: 'disputed', unverified: 'unverified' },
  ru: { undisputed: 'бесспорно', disputed: 'оспаривается', unverified: 'не проверено' },
  kk: { undisputed: 'даусыз', disputed: 'дауланады', unverified: 'тексерілмеген' },
};

const IMPORTANCE: Record<Language, Record<Fact['importance'], string>> = {
  en: { low: 'low', normal: 'normal', high: 'high', key: 'key' },
  ru: { low: 'низкая', normal: 'обычная', high: 'высокая', key: 'ключевая' },
  kk: { low: 'төмен', normal: 'қалыпты', high: 'жоғары', key: 'шешуші' },
};

const UNDATED: Record<Language, string> = { en: 'undated', ru: 'без даты', kk: 'күнсіз' };

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab/CR that hides one) as a formula;
 * a leading apostrophe makes it text (OWASP's CSV injection advice).
 */
function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
function cell(value: string): string {
  const safe = neutralised(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The chronology as CSV for Excel: UTF-8 with a BOM (else Excel reads Cyrillic as ANSI), CRLF
 * line ends, headers and status words in the lawyer's language. `partyNames` maps party ids.
 */
export function chronologyCsv(
  facts: readonly Fact[],
  partyNames: ReadonlyMap<string, string>,
  language: Language,
): string {
  const rows = facts.map((fact) => [
    fact.date.kind === 'undated' ? UNDATED[language] : formatFactDate(fact.date),
    fact.statement,
    STATUS[language][fact.status],
    IMPORTANCE[language][fact.importance],
    fact.partyIds
      .map((id) => partyNames.get(id) ?? '')
      .filter(Boolean)
      .join('; '),
    fact.issues.join('; '),
    fact.source?.documentTitle ?? '',
    fact.source ? String(fact.source.page) : '',
    fact.source?.quote ?? '',
    fact.sourceNote ?? '',
  ]);
  const lines = [HEADERS[language], ...rows].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
