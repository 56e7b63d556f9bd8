import { useTranslation } from 'react-i18next';
import type { Fact } from '../../../../shared/domain/fact';
import type { FactId } from '../../../../shared/domain/ids';
import { FactCard, type FactCardProps } from './FactCard';

type CardCallbacks = Omit<FactCardProps, 'fact' | 'selected'>;

/** The same facts as the table, on a vertical line in date order (undated at the end). */
export function FactTimeline({
  facts,
  selectedId,
  ...card
}: CardCallbacks & { facts: readonly Fact[]; selectedId: FactId | null }) {
  const { t } = useTranslation();
  return (
    <ol className="fact-timeline" aria-label={t('chronology.timelineLabel')}>
      {facts.map((fact) => (
        <li key={fact.id} className={`fact-timeline__item fact-timeline__item--${fact.date.kind}`}>
          <FactCard fact={fact} selected={fact.id === selectedId} {...card} />
        </li>
      ))}
    </ol>
  );
}
