import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../../../shared/domain/document';
import { Button } from '../../components/Button';
import { EnumSelect } from '../../components/EnumSelect';
import { Field } from '../../components/Field';
import {
  DOCUMENT_SORT_KEYS,
  isFiltering,
  NO_FILTER,
  SORT_DIRECTIONS,
  TEXT_STATUSES,
  type DocumentFilter,
  type DocumentSort,
  type DocumentSortKey,
  type SortDirection,
} from './filterDocuments';

/** Names read A→Z and the import order oldest first; dates, pages and sizes biggest first. */
const NATURAL_DIRECTION: Record<DocumentSortKey, SortDirection> = {
  imported: 'asc',
  title: 'asc',
  date: 'desc',
  type: 'asc',
  pages: 'desc',
  size: 'desc',
};

const ALL = 'all';
const TYPE_OPTIONS = [ALL, ...DOCUMENT_TYPES] as const;

interface DocumentsToolbarProps {
  filter: DocumentFilter;
  sort: DocumentSort;
  /** The tags present in the case's documents. */
  tags: readonly string[];
  /** The element whose text says how many documents the filters leave. */
  summaryId: string;
  onFilterChange: (filter: DocumentFilter) => void;
  onSortChange: (sort: DocumentSort) => void;
}

/** Filters (words, type, tag, date range, text layer) and the sort for the document list. */
export function DocumentsToolbar({
  filter,
  sort,
  tags,
  summaryId,
  onFilterChange,
  onSortChange,
}: DocumentsToolbarProps) {
  const { t } = useTranslation();
  const change = (changes: Partial<DocumentFilter>) => onFilterChange({ ...filter, ...changes });
  // '' is "all tags": a tag is never empty, so it cannot collide with one. A chosen tag that an
  // edit has just removed from every document stays choosable until the filter changes.
  const tagOptions = ['', ...tags];
  if (filter.tag !== null && !tags.includes(filter.tag)) tagOptions.push(filter.tag);

  return (
    <div className="documents-toolbar" role="search" aria-label={t('documents.filter.label')}>
      <Field
        label={t('documents.filter.text')}
        hint={t('documents.filter.textHint')}
        className="documents-toolbar__search"
      >
        {(control) => (
          <input
            {...control}
            type="search"
            value={filter.text}
            autoComplete="off"
            spellCheck={false}
            aria-controls={summaryId}
            onChange={(event) => change({ text: event.target.value })}
          />
        )}
      </Field>
      <EnumSelect
        label={t('documents.filter.type')}
        options={TYPE_OPTIONS}
        value={filter.docType ?? ALL}
        optionLabel={(option) =>
          option === ALL ? t('documents.filter.allTypes') : t(`documents.types.${option}`)
        }
        onChange={(option) => change({ docType: option === ALL ? null : option })}
      />
      {tagOptions.length > 1 && (
        <EnumSelect
          label={t('documents.filter.tag')}
          options={tagOptions}
          value={filter.tag ?? ''}
          optionLabel={(option) => (option === '' ? t('documents.filter.allTags') : option)}
          onChange={(option) => change({ tag: option === '' ? null : option })}
        />
      )}
      <Field label={t('documents.filter.from')}>
        {(control) => (
          <input
            {...control}
            type="date"
            min="1900-01-01"
            max={filter.to ?? '2100-12-31'}
            value={filter.from ?? ''}
            onChange={(event) => change({ from: event.target.value || null })}
          />
        )}
      </Field>
      <Field label={t('documents.filter.to')}>
        {(control) => (
          <input
            {...control}
            type="date"
            min={filter.from ?? '1900-01-01'}
            max="2100-12-31"
            value={filter.to ?? ''}
            onChange={(event) => change({ to: event.target.value || null })}
          />
        )}
      </Field>
      <EnumSelect
        label={t('documents.filter.textStatus')}
        options={TEXT_STATUSES}
        value={filter.textStatus}
        optionLabel={(status) => t(`documents.filter.textStatuses.${status}`)}
        onChange={(textStatus) => change({ textStatus })}
      />
      <EnumSelect
        label={t('documents.sort.label')}
        options={DOCUMENT_SORT_KEYS}
        value={sort.key}
        optionLabel={(key) => t(`documents.sort.keys.${key}`)}
        onChange={(key) => onSortChange({ key, direction: NATURAL_DIRECTION[key] })}
      />
      <EnumSelect
        label={t('documents.sort.direction')}
        options={SORT_DIRECTIONS}
        value={sort.direction}
        optionLabel={(direction) => t(`documents.sort.directions.${direction}`)}
        onChange={(direction) => onSortChange({ ...sort, direction })}
      />
      {isFiltering(filter) && (
        <div className="documents-toolbar__clear">
          <Button variant="quiet" onClick={() => onFilterChange(NO_FILTER)}>
            {t('documents.filter.clear')}
          </Button>
        </div>
      )}
    </div>
  );
}
