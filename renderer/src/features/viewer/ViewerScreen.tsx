import { useTranslation } from 'react-i18next';
import type { AnnotationId, CaseId, DocumentId } from '../../../../shared/domain/ids';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../components/Link';
import { useDocument } from '../documents/queries';
import { useCase } from '../cases/queries';
import { ImageView } from './ImageView';
import { PdfView } from './PdfView';
import { TextView } from './TextView';
import { TiffView } from './TiffView';

interface ViewerScreenProps {
  caseId: CaseId;
  id: DocumentId;
  page?: number;
  highlight?: readonly string[];
  annotationId?: AnnotationId;
  back?: { name: 'search'; query?: string };
}

/** One document of a case, full width: the built-in viewer for its kind of content. */
export function ViewerScreen({
  caseId,
  id,
  page,
  highlight,
  annotationId,
  back,
}: ViewerScreenProps) {
  const { t } = useTranslation();
  const document = useDocument(id);
  const owner = useCase(caseId);
  const detail = document.data;

  return (
    <div className="screen viewer-screen">
      {back ? (
        <Link to={back} className="back-link">
          {t('viewer.backToSearch')}
        </Link>
      ) : (
        <Link to={{ name: 'case', id: caseId }} className="back-link">
          {owner.data ? t('viewer.backTo', { title: owner.data.title }) : t('viewer.backToCase')}
        </Link>
      )}
      <ErrorNotice error={document.error} />
      {document.isPending && <p className="loading">{t('app.loading')}</p>}
      {detail && (
        <>
          <h1 className="viewer-screen__title">{detail.title}</h1>
          {detail.mediaType === 'application/pdf' && (
            <PdfView
              caseId={caseId}
              id={id}
              title={detail.title}
              initialPage={page}
              highlight={highlight}
              annotationId={annotationId}
            />
          )}
          {(detail.mediaType === 'image/jpeg' || detail.mediaType === 'image/png') && (
            <ImageView id={id} title={detail.title} />
          )}
          {detail.mediaType === 'image/tiff' && <TiffView id={id} title={detail.title} />}
          {detail.mediaType === 'text/plain' && <TextView id={id} />}
        </>
      )}
    </div>
  );
}
