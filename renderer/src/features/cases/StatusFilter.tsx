import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/domain/case';

interface StatusFilterProps {
  selected: ReadonlySet<CaseStatus>;
  counts: Record<CaseStatus, number>;
  onToggle: (status: CaseStatus) => void;
  onClear: () => void;
}

/** Toggle chips: none pressed shows every status; pressed ones narrow the list. */
export function StatusFilter({ selected, counts, onToggle, onClear }: StatusFilterProps) {
  const { t } = useTranslation();
  return (
    <div className="status-filter" role="group" aria-label={t('cases.list.statusFilter')}>
      {CASE_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`filter-chip filter-chip--${status}`}
          aria-pressed={selected.has(status)}
          onClick={() => onToggle(status)}
        >
          {/* The tick repeats aria-pressed for the eye; kept out of the button's name. */}
          {selected.has(status) && (
            <span className="filter-chip__tick" aria-hidden="true">
              ✓
            </span>
          )}
          <span className="filter-chip__label">{t(`cases.status.${status}`)}</span>
          <span className="filter-chip__count">{counts[status]}</span>
        </button>
      ))}
      {selected.size > 0 && (
        <button type="button" className="link-button" onClick={onClear}>
          {t('cases.list.clearFilters')}
        </button>
      )}
    </div>
  );
}
