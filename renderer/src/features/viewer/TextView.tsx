import { useTranslation } from 'react-i18next';
import type { DocumentId } from '../../../../shared/domain/ids';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useDocumentContent } from './useDocumentContent';

const decode = ({ bytes }: { bytes: Uint8Array }) => new TextDecoder('utf-8').decode(bytes);

/** A plain-text document, decoded as UTF-8 (what the import accepted) and shown as written. */
export function TextView({ id }: { id: DocumentId }) {
  const { t } = useTranslation();
  const content = useDocumentContent(id, decode);
  return (
    <div className="text-view">
      {content.status === 'failed' && <ErrorNotice error={content.error} />}
      {content.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {content.status === 'ready' && (
        <pre className="text-view__text" tabIndex={0}>
          {content.value}
        </pre>
      )}
    </div>
  );
}
