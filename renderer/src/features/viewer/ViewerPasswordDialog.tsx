import { useTranslation } from 'react-i18next';
import { PasswordDialog } from '../../components/PasswordDialog';

interface ViewerPasswordDialogProps {
  /** The previous password was wrong. */
  retry: boolean;
  onSubmit: (password: string) => void;
  onCancel: () => void;
}

/**
 * An original imported with its PDF password is still encrypted: opening it asks again. The
 * password goes to pdf.js for this viewing only and is neither kept nor sent to the core.
 */
export function ViewerPasswordDialog({ retry, onSubmit, onCancel }: ViewerPasswordDialogProps) {
  const { t } = useTranslation();
  return (
    <PasswordDialog
      title={t('viewer.password.title')}
      description={<p>{t('viewer.password.body')}</p>}
      label={t('viewer.password.label')}
      submitLabel={t('viewer.password.submit')}
      problem={
        retry && (
          <p className="notice notice--error" role="alert">
            {t('viewer.password.wrong')}
          </p>
        )
      }
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  );
}
