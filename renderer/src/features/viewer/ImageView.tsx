import { useTranslation } from 'react-i18next';
import type { DocumentContent } from '../../../../shared/domain/document';
import type { DocumentId } from '../../../../shared/domain/ids';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useDocumentContent } from './useDocumentContent';

const toObjectUrl = ({ bytes, mediaType }: DocumentContent) =>
  URL.createObjectURL(new Blob([bytes as BlobPart], { type: mediaType }));

/**
 * A scanned image, shown from a blob: URL that exists only while the viewer is open (revoked
 * on leaving or locking), so the picture is never cached anywhere.
 */
export function ImageView({ id, title }: { id: DocumentId; title: string }) {
  const { t } = useTranslation();
  const content = useDocumentContent(id, toObjectUrl, (url) => URL.revokeObjectURL(url));
  return (
    <div className="image-view">
      {content.status === 'failed' && <ErrorNotice error={content.error} />}
      {content.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {content.status === 'ready' && (
        <img className="image-view__image" src={content.value} alt={title} />
      )}
    </div>
  );
}
