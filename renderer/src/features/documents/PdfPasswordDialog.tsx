import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PasswordDialog } from '../../components/PasswordDialog';

interface PdfPasswordDialogProps {
  fileName: string;
  busy: boolean;
  error: unknown;
  /** Receives the password for one import call; the dialog forgets it as it hands it over. */
  onSubmit: (password: string) => void;
  onCancel: () => void;
}

/** Asks for an encrypted PDF's password to import it. */
export function PdfPasswordDialog({
  fileName,
  busy,
  error,
  onSubmit,
  onCancel,
}: PdfPasswordDialogProps) {
  const { t } = useTranslation();
  return (
    <PasswordDialog
      title={t('documents.password.title')}
      description={<p>{t('documents.password.body', { name: fileName })}</p>}
      label={t('documents.password.label')}
      submitLabel={busy ? t('documents.password.importing') : t('documents.password.submit')}
      busy={busy}
      problem={<ErrorNotice error={error} />}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  );
}
