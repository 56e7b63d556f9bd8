import { useTranslation } from 'react-i18next';
import { CASE_SORT_KEYS, type CaseSortKey } from '../../../../shared/domain/case';
import { EnumSelect } from '../../components/EnumSelect';
import { Field } from '../../components/Field';

export type Direction = 'asc' | 'desc';

const DIRECTIONS: readonly Direction[] = ['asc', 'desc'];

/** Names and numbers read A→Z, dates newest first, the next hearing soonest first. */
const NATURAL_DIRECTION: Record<CaseSortKey, Direction> = {
  updated: 'desc',
  title: 'asc',
  number: 'asc',
  opened: 'desc',
  nextHearing: 'asc',
};

interface CaseListToolbarProps {
  query: string;
  sort: CaseSortKey;
  direction: Direction;
  /** The element whose text says how many cases the search leaves. */
  summaryId: string;
  onQueryChange: (query: string) => void;
  onSortChange: (sort: CaseSortKey, direction: Direction) => void;
}

/** Search, sort key and order; choosing a key also picks the order that key reads best in. */
export function CaseListToolbar({
  query,
  sort,
  direction,
  summaryId,
  onQueryChange,
  onSortChange,
}: CaseListToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="search">
      <Field
        label={t('cases.list.search')}
        hint={t('cases.list.searchHint')}
        className="toolbar__search"
      >
        {(control) => (
          <input
            {...control}
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            aria-controls={summaryId}
            onChange={(event) => onQueryChange(event.target.value)}
          />
        )}
      </Field>
      <EnumSelect
        label={t('cases.list.sort')}
        options={CASE_SORT_KEYS}
        value={sort}
        optionLabel={(key) => t(`cases.sort.${key}`)}
        onChange={(key) => onSortChange(key, NATURAL_DIRECTION[key])}
      />
      <EnumSelect
        label={t('cases.list.direction')}
        options={DIRECTIONS}
        value={direction}
        optionLabel={(option) => t(`cases.direction.${option}`)}
        onChange={(next) => onSortChange(sort, next)}
      />
    </div>
  );
}
