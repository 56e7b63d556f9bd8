import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/domain/annotation';

/** Page, colour, the quoted words and the comment: one line of an annotations list. */
export function AnnotationSummary({
  annotation,
  showDocument = false,
}: {
  annotation: Annotation;
  showDocument?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span className="annotation-summary__meta">
        <span className="annotation-dot" data-color={annotation.color} aria-hidden="true" />
        {showDocument && (
          <span className="annotation-summary__document">{annotation.documentTitle}</span>
        )}
        <span>{t('annotations.page', { page: annotation.page })}</span>
        <span className="visually-hidden">
          {t(
            annotation.kind === 'comment'
              ? 'annotations.kinds.comment'
              : 'annotations.kinds.highlight',
          )}
          {', '}
          {t(`annotations.colors.${annotation.color}`)}
        </span>
      </span>
      {annotation.quote && <q className="annotation-summary__quote">{annotation.quote}</q>}
      {annotation.comment && (
        <span className="annotation-summary__comment">{annotation.comment}</span>
      )}
    </>
  );
}
