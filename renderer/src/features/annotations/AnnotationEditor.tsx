import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/domain/annotation';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { ColorSwatches } from './ColorSwatches';
import { useRemoveAnnotation, useUpdateAnnotation } from './queries';

interface AnnotationEditorProps {
  annotation: Annotation;
  /** Put the caret in the comment at once ("Comment" on a fresh selection). */
  focusComment: boolean;
  onRemoved: () => void;
}

/** The selected annotation's colour, comment and deletion, in the annotations panel. */
export function AnnotationEditor({ annotation, focusComment, onRemoved }: AnnotationEditorProps) {
  const { t } = useTranslation();
  const update = useUpdateAnnotation();
  const remove = useRemoveAnnotation();
  const [comment, setComment] = useState(annotation.comment ?? '');
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const trimmed = comment.trim();
  // A sticky comment is its text: it cannot be emptied, only deleted.
  const canSave =
    trimmed !== (annotation.comment ?? '') && (annotation.kind !== 'comment' || trimmed !== '');

  useEffect(() => {
    if (focusComment) commentRef.current?.focus();
  }, [focusComment]);

  return (
    <form
      className="annotation-editor"
      aria-label={t('annotations.editorLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!canSave) return;
        update.mutate({ id: annotation.id, changes: { comment: trimmed === '' ? null : trimmed } });
      }}
    >
      <ColorSwatches
        labelKey="annotations.colorIs"
        value={annotation.color}
        disabled={update.isPending}
        onPick={(color) => update.mutate({ id: annotation.id, changes: { color } })}
      />
      <Field label={t('annotations.commentLabel')}>
        {(control) => (
          <textarea
            {...control}
            ref={commentRef}
            className="annotation-editor__comment"
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        )}
      </Field>
      <ErrorNotice error={update.error ?? remove.error} />
      <div className="annotation-editor__actions">
        <Button type="submit" variant="primary" busy={update.isPending} disabled={!canSave}>
          {t('annotations.saveComment')}
        </Button>
        <Button
          variant="danger"
          busy={remove.isPending}
          onClick={() => remove.mutate(annotation.id, { onSuccess: onRemoved })}
        >
          {t('annotations.remove')}
        </Button>
      </div>
    </form>
  );
}
