import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { ErrorNotice } from './ErrorNotice';

interface FormActionsProps {
  /** The last failed submit, translated and announced above the buttons. */
  error: unknown;
  busy: boolean;
  submitLabel?: string;
  busyLabel?: string;
  onCancel: () => void;
}

/** A form's closing row: what went wrong, then Submit (which says when it is working) and Cancel. */
export function FormActions({ error, busy, submitLabel, busyLabel, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorNotice error={error} />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? (busyLabel ?? t('common.saving')) : (submitLabel ?? t('common.save'))}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </>
  );
}
