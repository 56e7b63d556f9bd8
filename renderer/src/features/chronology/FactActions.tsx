import { useTranslation } from 'react-i18next';
import type { Fact } from '../../../../shared/domain/fact';
import { Button } from '../../components/Button';

const SHORT = 60;

/** Edit and Delete, named with the fact's opening words so a screen reader can tell rows apart. */
export function FactActions({
  fact,
  onEdit,
  onDelete,
}: {
  fact: Fact;
  onEdit: (fact: Fact) => void;
  onDelete: (fact: Fact) => void;
}) {
  const { t } = useTranslation();
  const about =
    fact.statement.length > SHORT ? `${fact.statement.slice(0, SHORT)}…` : fact.statement;
  return (
    <div className="fact-actions">
      <Button
        variant="quiet"
        aria-label={`${t('common.edit')}: ${about}`}
        onClick={(event) => {
          event.stopPropagation();
          onEdit(fact);
        }}
      >
        {t('common.edit')}
      </Button>
      <Button
        variant="quiet"
        aria-label={`${t('chronology.delete')}: ${about}`}
        onClick={(event) => {
          event.stopPropagation();
          onDelete(fact);
        }}
      >
        {t('chronology.delete')}
      </Button>
    </div>
  );
}
