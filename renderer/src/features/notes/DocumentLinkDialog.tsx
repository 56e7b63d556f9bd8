import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain/document';
import type { CaseId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useDocuments } from '../documents/queries';

const MAX_PAGE = 999_999;

interface DocumentLinkDialogProps {
  caseId: CaseId;
  onInsert: (document: DocumentSummary, page: number) => void;
  onClose: () => void;
}

/** Picks one of the case's documents and a page, for a link in the note. */
export function DocumentLinkDialog({ caseId, onInsert, onClose }: DocumentLinkDialogProps) {
  const { t } = useTranslation();
  const documents = useDocuments(caseId);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [page, setPage] = useState('1');
  const [tried, setTried] = useState(false);
  const list = documents.data ?? [];
  const chosen = list.find((document) => document.id === chosenId) ?? list[0];
  const pageCount = chosen?.pageCount ?? MAX_PAGE;
  const pageNumber = /^\d+$/.test(page.trim()) ? Number(page.trim()) : NaN;
  const pageValid = pageNumber >= 1 && pageNumber <= pageCount;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (chosen && pageValid) onInsert(chosen, pageNumber);
  };

  return (
    <Dialog title={t('notes.link.title')} onClose={onClose}>
      <ErrorNotice error={documents.error} />
      {documents.isPending && <p className="loading">{t('app.loading')}</p>}
      {documents.data && list.length === 0 && <p>{t('notes.link.noDocuments')}</p>}
      {chosen && (
        <form className="form note-link-form" onSubmit={submit} noValidate>
          <Field label={t('notes.link.document')}>
            {(control) => (
              <select
                {...control}
                value={chosen.id}
                onChange={(event) => setChosenId(event.target.value)}
              >
                {list.map((document) => (
                  <option key={document.id} value={document.id}>
                    {document.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('notes.link.page')}
            hint={
              chosen.pageCount ? t('notes.link.pageHint', { count: chosen.pageCount }) : undefined
            }
            error={tried && !pageValid ? t('notes.link.pageInvalid', { count: pageCount }) : null}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={pageCount}
                value={page}
                onChange={(event) => setPage(event.target.value)}
              />
            )}
          </Field>
          <div className="dialog__actions">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary">
              {t('notes.link.insert')}
            </Button>
          </div>
        </form>
      )}
      {!chosen && (
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </div>
      )}
    </Dialog>
  );
}
