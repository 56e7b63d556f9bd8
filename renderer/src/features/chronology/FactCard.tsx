import { useTranslation } from 'react-i18next';
import type { Fact, FactDate } from '../../../../shared/domain/fact';
import type { PartyId } from '../../../../shared/domain/ids';
import { FactActions } from './FactActions';
import { FactSourceLink } from './FactSourceLink';

export interface FactCardProps {
  fact: Fact;
  selected: boolean;
  partyName: (id: PartyId) => string;
  dateLabel: (date: FactDate) => string;
  onEdit: (fact: Fact) => void;
  onDelete: (fact: Fact) => void;
}

/**
 * One fact in the timeline and in the groupings: its date with the precision spelled out (a
 * month is not a day), what happened, who and what it concerns, and where it is written.
 */
export function FactCard({
  fact,
  selected,
  partyName,
  dateLabel,
  onEdit,
  onDelete,
}: FactCardProps) {
  const { t } = useTranslation();
  const people = fact.partyIds.map(partyName).filter(Boolean);
  return (
    <article
      className={selected ? 'fact-card is-selected' : 'fact-card'}
      data-fact-id={fact.id}
      aria-current={selected || undefined}
    >
      <p className="fact-card__when">
        <span className={`fact-card__date fact-date--${fact.date.kind}`}>
          {dateLabel(fact.date)}
        </span>
        {fact.date.kind !== 'exact' && fact.date.kind !== 'undated' && (
          <span className="fact-card__precision">{t(`chronology.dateKind.${fact.date.kind}`)}</span>
        )}
      </p>
      <p className="fact-card__statement">{fact.statement}</p>
      <p className="fact-card__meta">
        <span className={`fact-status fact-status--${fact.status}`}>
          {t(`chronology.status.${fact.status}`)}
        </span>
        <span className={`fact-importance fact-importance--${fact.importance}`}>
          {t(`chronology.importance.${fact.importance}`)}
        </span>
        {people.length > 0 && <span className="fact-card__people">{people.join(', ')}</span>}
        {fact.issues.map((issue) => (
          <span key={issue} className="fact-issue-tag">
            {issue}
          </span>
        ))}
      </p>
      <div className="fact-card__footer">
        <FactSourceLink fact={fact} />
        <FactActions fact={fact} onEdit={onEdit} onDelete={onDelete} />
      </div>
    </article>
  );
}
