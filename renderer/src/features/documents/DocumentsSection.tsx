import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentChanges, DocumentSummary } from '../../../../shared/domain/document';
import type { DocumentDependentsPolicy } from '../../../../shared/domain/fact';
import type { CaseId, DocumentId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLanguage } from '../../i18n/useLanguage';
import { useItemEditing } from '../cases/useItemEditing';
import { DocumentEditor } from './DocumentEditor';
import { DocumentItem } from './DocumentItem';
import { DocumentList } from './DocumentList';
import { DocumentsToolbar } from './DocumentsToolbar';
import {
  DEFAULT_SORT,
  filterAndSortDocuments,
  isFiltering,
  NO_FILTER,
  tagsOf,
  type DocumentFilter,
  type DocumentSort,
} from './filterDocuments';
import { ImportPanel } from './ImportPanel';
import { PdfPasswordDialog } from './PdfPasswordDialog';
import { useDocumentMutation, useDocuments } from './queries';
import { RemoveDocumentDialog } from './RemoveDocumentDialog';
import { useDocumentImport } from './useDocumentImport';
import { useFileDrop } from './useFileDrop';
import { OcrProgressListener } from '../ocr/OcrProgressListener';

/**
 * A case's documents: import (the button or a drop of files and folders), the filtered and
 * sorted list, and each document's actions.
 */
export function DocumentsSection({ caseId }: { caseId: CaseId }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const language = useLanguage();
  const documents = useDocuments(caseId);
  const importing = useDocumentImport(caseId);
  const [filter, setFilter] = useState<DocumentFilter>(NO_FILTER);
  const [sort, setSort] = useState<DocumentSort>(DEFAULT_SORT);
  const summaryId = useId();
  const update = useDocumentMutation(
    ({ id, changes }: { id: DocumentId; changes: DocumentChanges }) =>
      api.documents.update({ id, changes }),
  );
  const remove = useDocumentMutation(
    ({ id, dependents }: { id: DocumentId; dependents: DocumentDependentsPolicy }) =>
      api.documents.remove({ id, confirm: true, dependents }),
  );
  const {
    editing,
    removing,
    isEditing,
    bindAddButton,
    bindEditButton,
    startEdit,
    closeForm,
    askToRemove,
    closeRemove,
  } = useItemEditing<DocumentId, DocumentSummary>({ add: importing.start, update, remove });
  const running = importing.progress?.state === 'running';
  const drop = useFileDrop(!running && !importing.start.isPending, (paths) =>
    importing.start.mutate(paths),
  );

  const all = documents.data;
  const tags = useMemo(() => tagsOf(all ?? [], language), [all, language]);
  const shown = useMemo(
    () =>
      filterAndSortDocuments(all ?? [], filter, sort, {
        language,
        typeLabel: (type) => t(`documents.types.${type}`),
      }),
    [all, filter, sort, language, t],
  );
  const total = all?.length ?? 0;
  const filtering = isFiltering(filter);

  return (
    <section
      className={['panel case-section documents', drop.dragging && 'documents--dropping']
        .filter(Boolean)
        .join(' ')}
      aria-labelledby="documents-title"
      {...drop.zone}
    >
      <h2 id="documents-title" className="panel__title">
        {t('documents.title')} <span className="count">{total}</span>
      </h2>
      <ErrorNotice error={documents.error} />
      <OcrProgressListener />
      {documents.isPending && <p className="loading">{t('app.loading')}</p>}
      {documents.isSuccess && total === 0 && <p className="muted">{t('documents.empty')}</p>}
      {total > 0 && (
        <>
          <DocumentsToolbar
            filter={filter}
            sort={sort}
            tags={tags}
            summaryId={summaryId}
            onFilterChange={setFilter}
            onSortChange={setSort}
          />
          <p className="list-summary" id={summaryId} role="status">
            {filtering ? t('documents.filter.shown', { shown: shown.length, total }) : ''}
          </p>
          {shown.length === 0 ? (
            <EmptyState
              title={t('documents.filter.noMatches')}
              hint={t('documents.filter.noMatchesHint')}
              action={
                <Button onClick={() => setFilter(NO_FILTER)}>{t('documents.filter.clear')}</Button>
              }
            />
          ) : (
            <DocumentList
              documents={shown}
              label={t('documents.listLabel')}
              editingId={editing.mode === 'edit' ? editing.id : null}
              renderRow={(document) =>
                isEditing(document.id) ? (
                  <DocumentEditor
                    id={document.id}
                    busy={update.isPending}
                    error={update.error}
                    onSubmit={(changes) =>
                      update.mutate({ id: document.id, changes }, { onSuccess: closeForm })
                    }
                    onCancel={closeForm}
                  />
                ) : (
                  <DocumentItem
                    document={document}
                    editButtonRef={bindEditButton(document.id)}
                    onEdit={() => startEdit(document.id)}
                    onRemove={() => askToRemove(document)}
                  />
                )
              }
            />
          )}
        </>
      )}
      {importing.progress && importing.summary && (
        <ImportPanel
          progress={importing.progress}
          summary={importing.summary}
          cancelling={importing.cancelling}
          onCancel={importing.cancelBatch}
          onClose={importing.close}
          onEnterPassword={importing.password.ask}
        />
      )}
      <ErrorNotice error={importing.start.error ?? importing.cancelError} />
      {drop.noPaths && (
        <p className="notice notice--warning" role="alert">
          {t('documents.drop.noPaths')}
        </p>
      )}
      <div className="case-section__add">
        <Button
          ref={bindAddButton}
          busy={importing.start.isPending}
          disabled={running}
          onClick={() => importing.start.mutate(undefined)}
        >
          {t('documents.import.start')}
        </Button>
        <p className="documents__drop-hint">{t('documents.drop.hint')}</p>
      </div>
      {drop.dragging && (
        <div className="documents__drop-overlay">
          <p>{running ? t('documents.drop.busy') : t('documents.drop.overlay')}</p>
        </div>
      )}
      {importing.password.file && (
        <PdfPasswordDialog
          key={importing.password.file.path}
          fileName={importing.password.file.name}
          busy={importing.password.busy}
          error={importing.password.error}
          onSubmit={importing.password.submit}
          onCancel={importing.password.cancel}
        />
      )}
      {removing && (
        <RemoveDocumentDialog
          document={removing}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={(dependents) =>
            remove.mutate(
              { id: removing.id, dependents },
              {
                onSuccess: () => {
                  // What hung on the document changed too: its annotations, facts, a kept note.
                  for (const key of ['annotations', 'facts', 'notes'])
                    void queryClient.invalidateQueries({ queryKey: [key] });
                  closeRemove(true);
                },
              },
            )
          }
          onCancel={() => closeRemove(false)}
        />
      )}
    </section>
  );
}
