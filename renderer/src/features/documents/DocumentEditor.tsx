import { useTranslation } from 'react-i18next';
import type { DocumentChanges } from '../../../../shared/domain/document';
import type { DocumentId } from '../../../../shared/domain/ids';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DocumentForm } from './DocumentForm';
import { useDocument } from './queries';

interface DocumentEditorProps {
  id: DocumentId;
  busy: boolean;
  error: unknown;
  onSubmit: (changes: DocumentChanges) => void;
  onCancel: () => void;
}

/** The edit form once the document's detail (source, description) has arrived. */
export function DocumentEditor({ id, busy, error, onSubmit, onCancel }: DocumentEditorProps) {
  const { t } = useTranslation();
  const detail = useDocument(id);
  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!detail.data) return <p className="loading">{t('app.loading')}</p>;
  return (
    <DocumentForm
      detail={detail.data}
      busy={busy}
      error={error}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  );
}
