import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { AnnotationId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationSummary } from './AnnotationSummary';

interface AnnotationsPanelProps {
  annotations: readonly Annotation[] | undefined;
  error: unknown;
  selectedId: AnnotationId | null;
  focusComment: boolean;
  /** The next click on a page pins a sticky comment there. */
  commentMode: boolean;
  onToggleCommentMode: () => void;
  onSelect: (annotation: Annotation) => void;
  onRemoved: () => void;
}

/** The document's annotations beside its pages; the selected one opens for editing. */
export function AnnotationsPanel({
  annotations,
  error,
  selectedId,
  focusComment,
  commentMode,
  onToggleCommentMode,
  onSelect,
  onRemoved,
}: AnnotationsPanelProps) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <aside className="annotations-panel" aria-label={t('annotations.panel')}>
      <h2 className="annotations-panel__title">
        {t('annotations.panel')} <span className="count">{annotations?.length ?? 0}</span>
      </h2>
      <Button
        className="annotations-panel__pin"
        aria-pressed={commentMode}
        aria-describedby={hintId}
        onClick={onToggleCommentMode}
      >
        {t('annotations.commentMode')}
      </Button>
      <p id={hintId} className="annotations-panel__hint" hidden={!commentMode}>
        {t('annotations.commentModeHint')}
      </p>
      <ErrorNotice error={error} />
      {annotations?.length === 0 && <p className="muted">{t('annotations.emptyDocument')}</p>}
      <ul className="annotation-list">
        {annotations?.map((annotation) => {
          const selected = annotation.id === selectedId;
          return (
            <li key={annotation.id} className="annotation-list__item">
              <button
                type="button"
                className="annotation-list__button"
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(annotation)}
              >
                <AnnotationSummary annotation={annotation} />
              </button>
              {selected && (
                <AnnotationEditor
                  key={`${annotation.id}:${annotation.updatedAt}`}
                  annotation={annotation}
                  focusComment={focusComment}
                  onRemoved={onRemoved}
                />
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
