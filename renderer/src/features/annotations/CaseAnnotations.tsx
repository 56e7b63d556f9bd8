import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { useNavigate } from '../../app/route';
import { ErrorNotice } from '../../components/ErrorNotice';
import { AnnotationSummary } from './AnnotationSummary';
import { useCaseAnnotations } from './queries';

/** Every highlight and comment of a case, by document and page; each opens the viewer on it. */
export function CaseAnnotations({ caseId }: { caseId: CaseId }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useCaseAnnotations(caseId);
  const annotations = list.data ?? [];
  return (
    <section className="panel case-section case-annotations" aria-labelledby="annotations-title">
      <h2 id="annotations-title" className="panel__title">
        {t('annotations.caseTitle')} <span className="count">{annotations.length}</span>
      </h2>
      <ErrorNotice error={list.error} />
      {list.isPending && <p className="loading">{t('app.loading')}</p>}
      {list.isSuccess && annotations.length === 0 && (
        <p className="muted">{t('annotations.emptyCase')}</p>
      )}
      {annotations.length > 0 && (
        <ul className="annotation-list" aria-label={t('annotations.caseTitle')}>
          {annotations.map((annotation) => (
            <li key={annotation.id} className="annotation-list__item">
              <button
                type="button"
                className="annotation-list__button"
                onClick={() =>
                  navigate({
                    name: 'document',
                    caseId,
                    id: annotation.documentId,
                    page: annotation.page,
                    annotationId: annotation.id,
                  })
                }
              >
                <AnnotationSummary annotation={annotation} showDocument />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
