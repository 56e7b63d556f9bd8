import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { Field } from './Field';

interface PasswordDialogProps {
  title: string;
  description: ReactNode;
  label: string;
  submitLabel: string;
  busy?: boolean;
  /** Shown under the field (an ErrorNotice, a "wrong password" alert). */
  problem?: ReactNode;
  /** Receives the password; the dialog forgets it as it hands it over. */
  onSubmit: (password: string) => void;
  onCancel: () => void;
}

/** Asks for a password that lives only in this field until it is submitted, never stored. */
export function PasswordDialog({
  title,
  description,
  label,
  submitLabel,
  busy = false,
  problem,
  onSubmit,
  onCancel,
}: PasswordDialogProps) {
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
    <Dialog title={title} description={description} onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={label} required>
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
        {problem}
        <div className="dialog__actions">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button
            type="submit"
            variant="primary"
            busy={busy}
            disabled={password.length === 0 && !busy}
          >
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
