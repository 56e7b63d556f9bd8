import { useTranslation } from 'react-i18next';
import type { DocumentChanges, DocumentSummary } from '../../../../shared/domain/document';
import type { CaseId, DocumentId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useItemEditing } from '../cases/useItemEditing';
import { DocumentEditor } from './DocumentEditor';
import { DocumentItem } from './DocumentItem';
import { ImportPanel } from './ImportPanel';
import { PdfPasswordDialog } from './PdfPasswordDialog';
import { useDocumentMutation, useDocuments } from './queries';
import { useDocumentImport } from './useDocumentImport';

/** A case's documents: import, the list in import order, and each document's actions. */
export function DocumentsSection({ caseId }: { caseId: CaseId }) {
  const { t } = useTranslation();
  const documents = useDocuments(caseId);
  const importing = useDocumentImport(caseId);
  const update = useDocumentMutation(
    ({ id, changes }: { id: DocumentId; changes: DocumentChanges }) =>
      api.documents.update({ id, changes }),
  );
  const remove = useDocumentMutation((id: DocumentId) =>
    api.documents.remove({ id, confirm: true }),
  );
  const {
    removing,
    isEditing,
    bindAddButton,
    bindEditButton,
    startEdit,
    closeForm,
    askToRemove,
    closeRemove,
  } = useItemEditing<DocumentId, DocumentSummary>({ add: importing.start, update, remove });
  // Import order; a stable sort keeps the core's order for documents of the same instant.
  const list = [...(documents.data ?? [])].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  const running = importing.progress?.state === 'running';

  return (
    <section className="panel case-section documents" aria-labelledby="documents-title">
      <h2 id="documents-title" className="panel__title">
        {t('documents.title')} <span className="count">{list.length}</span>
      </h2>
      <ErrorNotice error={documents.error} />
      {documents.isPending && <p className="loading">{t('app.loading')}</p>}
      {documents.isSuccess && list.length === 0 && <p className="muted">{t('documents.empty')}</p>}
      {list.length > 0 && (
        <ul className="item-list" aria-label={t('documents.listLabel')}>
          {list.map((document) =>
            isEditing(document.id) ? (
              <li key={document.id} className="item item--editing">
                <DocumentEditor
                  id={document.id}
                  busy={update.isPending}
                  error={update.error}
                  onSubmit={(changes) =>
                    update.mutate({ id: document.id, changes }, { onSuccess: closeForm })
                  }
                  onCancel={closeForm}
                />
              </li>
            ) : (
              <DocumentItem
                key={document.id}
                document={document}
                editButtonRef={bindEditButton(document.id)}
                onEdit={() => startEdit(document.id)}
                onRemove={() => askToRemove(document)}
              />
            ),
          )}
        </ul>
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
      <div className="case-section__add">
        <Button
          ref={bindAddButton}
          busy={importing.start.isPending}
          disabled={running}
          onClick={() => importing.start.mutate()}
        >
          {t('documents.import.start')}
        </Button>
      </div>
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
        <ConfirmDialog
          title={t('documents.removeTitle')}
          body={<p>{t('documents.removeBody', { title: removing.title })}</p>}
          confirmLabel={t('common.remove')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(removing.id, { onSuccess: () => closeRemove(true) })}
          onCancel={() => closeRemove(false)}
        />
      )}
    </section>
  );
}
