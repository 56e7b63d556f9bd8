import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';

interface CommentDialogProps {
  page: number;
  busy: boolean;
  error: unknown;
  onSubmit: (comment: string) => void;
  onCancel: () => void;
}

/** The text of a new sticky comment, pinned where the lawyer clicked on the page. */
export function CommentDialog({ page, busy, error, onSubmit, onCancel }: CommentDialogProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const trimmed = comment.trim();
  return (
    <Dialog title={t('annotations.newComment', { page })} onClose={onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed !== '') onSubmit(trimmed);
        }}
      >
        <Field label={t('annotations.commentLabel')} required>
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          )}
        </Field>
        <ErrorNotice error={error} />
        <div className="dialog__actions">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy} disabled={trimmed === ''}>
            {t('annotations.addComment')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
