import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';

interface PdfPasswordDialogProps {
  fileName: string;
  busy: boolean;
  error: unknown;
  /** Receives the password for one import call; the dialog forgets it as it hands it over. */
  onSubmit: (password: string) => void;
  onCancel: () => void;
}

/** Asks for an encrypted PDF's password. It lives only in this field until it is submitted. */
export function PdfPasswordDialog({
  fileName,
  busy,
  error,
  onSubmit,
  onCancel,
}: PdfPasswordDialogProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || password.length === 0) return;
    const given = password;
    setPassword('');
    onSubmit(given);
  };

  return (
    <Dialog
      title={t('documents.password.title')}
      description={<p>{t('documents.password.body', { name: fileName })}</p>}
      onClose={onCancel}
    >
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('documents.password.label')} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <ErrorNotice error={error} />
        <div className="dialog__actions">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button
            type="submit"
            variant="primary"
            busy={busy}
            disabled={password.length === 0 && !busy}
          >
            {busy ? t('documents.password.importing') : t('documents.password.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
