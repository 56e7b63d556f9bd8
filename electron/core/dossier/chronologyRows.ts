import type { DossierLanguage } from '../../../shared/domain/dossier';
import type { Fact, FactDate } from '../../../shared/domain/fact';
import type { BundlePlan } from './bundle/bundleTypes';

/**
 * The case's chronology as the localized rows the bundle prints. Dates are written the way
 * Russian and Kazakh court papers write them (day first, dotted), whatever the language.
 */

const UNDATED: Record<DossierLanguage, string> = { en: 'undated', ru: 'без даты', kk: 'күнсіз' };

const STATUS: Record<DossierLanguage, Record<Fact['status'], string>> = {
  en: { undisputed: 'undisputed', disputed: 'disputed', unverified: 'unverified' },
  ru: { undisputed: 'бесспорно', disputed: 'оспаривается', unverified: 'не проверено' },
  kk: { undisputed: 'даусыз', disputed: 'дауланады', unverified: 'тексерілмеген' },
};

const IMPORTANCE: Record<DossierLanguage, Record<Fact['importance'], string>> = {
  en: { low: 'low', normal: 'normal', high: 'high', key: 'key' },
  ru: { low: 'низкая', normal: 'обычная', high: 'высокая', key: 'ключевая' },
  kk: { low: 'төмен', normal: 'қалыпты', high: 'жоғары', key: 'шешуші' },
};

/** "p. 3" of a source document. */
const PAGE: Record<DossierLanguage, (page: number) => string> = {
  en: (page) => `p. ${page}`,
  ru: (page) => `с. ${page}`,
  kk: (page) => `${page}-бет`,
};

/** `2024-05-14` as `14.05.2024`. */
const dotted = (iso: string) => iso.split('-').reverse().join('.');

export function formatDossierDate(date: FactDate, language: DossierLanguage): string {
  switch (date.kind) {
    case 'exact':
      return dotted(date.date);
    case 'month':
      return dotted(date.month);
    case 'year':
      return date.year;
    case 'range':
      return `${dotted(date.from)}–${dotted(date.to)}`;
    case 'undated':
      return UNDATED[language];
  }
}

function sourceOf(fact: Fact, language: DossierLanguage): string | null {
  const parts: string[] = [];
  if (fact.source) {
    const title = fact.source.documentTitle;
    parts.push(
      title ? `${title}, ${PAGE[language](fact.source.page)}` : PAGE[language](fact.source.page),
    );
  }
  if (fact.sourceNote) parts.push(fact.sourceNote);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** Facts as they come from FactService.list (date order, undated last). */
export function chronologyRows(
  facts: readonly Fact[],
  language: DossierLanguage,
): BundlePlan['chronology'] {
  return facts.map((fact) => ({
    date: formatDossierDate(fact.date, language),
    statement: fact.statement,
    source: sourceOf(fact, language),
    status: STATUS[language][fact.status],
    importance: IMPORTANCE[language][fact.importance],
  }));
}
