import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/domain/case';
import { FACT_IMPORTANCE, FACT_STATUSES } from '../../../../shared/domain/fact';
import type { PartyId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { hasFilters, NO_FILTERS, type FactFilters } from './chronologyModel';

interface ChronologyFiltersProps {
  filters: FactFilters;
  parties: readonly Party[];
  issues: readonly string[];
  onChange: (filters: FactFilters) => void;
}

/** Narrows every view at once: the table, the timeline and the groupings show the same facts. */
export function ChronologyFilters({ filters, parties, issues, onChange }: ChronologyFiltersProps) {
  const { t } = useTranslation();
  const set = (changes: Partial<FactFilters>) => onChange({ ...filters, ...changes });
  const any = t('chronology.filters.any');
  return (
    <form
      className="chronology-filters"
      role="search"
      aria-label={t('chronology.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Field label={t('chronology.filters.text')} className="chronology-filters__text">
        {(control) => (
          <input
            {...control}
            type="search"
            value={filters.text}
            onChange={(event) => set({ text: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('chronology.filters.status')}>
        {(control) => (
          <select
            {...control}
            value={filters.status ?? ''}
            onChange={(event) =>
              set({ status: FACT_STATUSES.find((status) => status === event.target.value) ?? null })
            }
          >
            <option value="">{any}</option>
            {FACT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`chronology.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('chronology.filters.importance')}>
        {(control) => (
          <select
            {...control}
            value={filters.importance ?? ''}
            onChange={(event) =>
              set({
                importance: FACT_IMPORTANCE.find((level) => level === event.target.value) ?? null,
              })
            }
          >
            <option value="">{any}</option>
            {FACT_IMPORTANCE.map((level) => (
              <option key={level} value={level}>
                {t(`chronology.importance.${level}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('chronology.filters.person')}>
        {(control) => (
          <select
            {...control}
            value={filters.partyId ?? ''}
            onChange={(event) =>
              set({
                partyId:
                  parties.find((party) => party.id === event.target.value)?.id ??
                  (null as PartyId | null),
              })
            }
          >
            <option value="">{any}</option>
            {parties.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('chronology.filters.issue')}>
        {(control) => (
          <select
            {...control}
            value={filters.issue ?? ''}
            onChange={(event) => set({ issue: event.target.value || null })}
          >
            <option value="">{any}</option>
            {issues.map((issue) => (
              <option key={issue} value={issue}>
                {issue}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('chronology.filters.from')}
        hint={filters.from || filters.to ? t('chronology.filters.rangeHint') : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={filters.from}
            onChange={(event) => set({ from: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('chronology.filters.to')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={filters.to}
            onChange={(event) => set({ to: event.target.value })}
          />
        )}
      </Field>
      {hasFilters(filters) && (
        <Button variant="quiet" onClick={() => onChange(NO_FILTERS)}>
          {t('chronology.filters.clear')}
        </Button>
      )}
    </form>
  );
}
