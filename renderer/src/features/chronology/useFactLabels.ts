import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/domain/case';
import type { FactDate } from '../../../../shared/domain/fact';
import type { PartyId } from '../../../../shared/domain/ids';
import { useLanguage } from '../../i18n/useLanguage';
import { formatFactDateLabel } from './formatFactDate';

/** Words every chronology view shows the same way: people's names and dates at their precision. */
export function useFactLabels(parties: readonly Party[]) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useMemo(() => new Map(parties.map((party) => [party.id, party.name])), [parties]);
  // A party removed from the case after the fact was written has no name left to show.
  const partyName = useCallback((id: PartyId) => names.get(id) ?? '', [names]);
  const dateLabel = useCallback(
    (date: FactDate) =>
      formatFactDateLabel(date, language, {
        year: (year) => t('chronology.date.yearText', { year }),
        undated: t('chronology.date.undated'),
      }),
    [language, t],
  );
  return { partyName, dateLabel };
}
