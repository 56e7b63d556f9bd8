import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain/document';
import type { DocumentId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import { useLanguage } from '../../i18n/useLanguage';
import { DocumentsToolbar } from '../documents/DocumentsToolbar';
import {
  DEFAULT_SORT,
  filterAndSortDocuments,
  isFiltering,
  NO_FILTER,
  tagsOf,
  type DocumentFilter,
  type DocumentSort,
} from '../documents/filterDocuments';
import { useDocumentLabels } from './useDocumentLabels';

interface DocumentPickerProps {
  documents: readonly DocumentSummary[];
  picked: ReadonlySet<DocumentId>;
  /** The new picked set; documents already picked keep their place in the sections. */
  onPick: (ids: DocumentId[]) => void;
  onToggle: (id: DocumentId, picked: boolean) => void;
}

/**
 * Which documents go in: all of them, the ones the document list's filters leave (the same
 * filters, the same code), or any by hand with the checkboxes.
 */
export function DocumentPicker({ documents, picked, onPick, onToggle }: DocumentPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useDocumentLabels();
  const [filter, setFilter] = useState<DocumentFilter>(NO_FILTER);
  const [sort, setSort] = useState<DocumentSort>(DEFAULT_SORT);
  const summaryId = useId();
  const tags = useMemo(() => tagsOf(documents, language), [documents, language]);
  const shown = useMemo(
    () =>
      filterAndSortDocuments(documents, filter, sort, {
        language,
        typeLabel: (type) => t(`documents.types.${type}`),
      }),
    [documents, filter, sort, language, t],
  );
  const filtering = isFiltering(filter);
  const shownIds = shown.map((document) => document.id);
  const allIds = documents.map((document) => document.id);

  return (
    <section className="panel dossier-panel" aria-labelledby="dossier-pick-title">
      <h2 id="dossier-pick-title" className="panel__title">
        {t('dossier.pick.title')}{' '}
        <span className="count">
          {t('dossier.pick.count', { picked: picked.size, total: documents.length })}
        </span>
      </h2>
      <DocumentsToolbar
        filter={filter}
        sort={sort}
        tags={tags}
        summaryId={summaryId}
        onFilterChange={setFilter}
        onSortChange={setSort}
      />
      <p className="list-summary" id={summaryId} role="status">
        {filtering
          ? t('documents.filter.shown', { shown: shown.length, total: documents.length })
          : ''}
      </p>
      <div className="dossier-pick__actions">
        <Button onClick={() => onPick(allIds)}>{t('dossier.pick.all')}</Button>
        {filtering && (
          <Button onClick={() => onPick(shownIds)} disabled={shown.length === 0}>
            {t('dossier.pick.shown', { shown: shown.length })}
          </Button>
        )}
        <Button variant="quiet" onClick={() => onPick([])} disabled={picked.size === 0}>
          {t('dossier.pick.none')}
        </Button>
      </div>
      <ul className="dossier-pick__list" aria-label={t('dossier.pick.listLabel')}>
        {shown.map((document) => (
          <li key={document.id} className="dossier-pick__item">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={picked.has(document.id)}
                onChange={(event) => onToggle(document.id, event.target.checked)}
              />
              <span className="dossier-pick__title">{document.title}</span>
            </label>
            <span className="dossier-doc__meta">{labels.meta(document)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
