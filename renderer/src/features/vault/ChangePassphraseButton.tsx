import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
import { ProgressBar } from '../../components/ProgressBar';

/** "Change passphrase…" in the settings, and its dialog. */
export function ChangePassphraseButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('lockGuard.changePassphrase.open')}
      </Button>
      {open && <ChangePassphraseDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/** Pages re-encrypted so far, from `vault.passphraseProgress`, while `running`. */
function usePassphraseProgress(running: boolean): { completed: number; total: number } {
  const [progress, setProgress] = useState({ completed: 0, total: 0 });
  useEffect(() => {
    if (!running) return;
    const unsubscribe = api.events.on('vault.passphraseProgress', setProgress);
    return () => {
      unsubscribe();
      setProgress({ completed: 0, total: 0 });
    };
  }, [running]);
  return progress;
}

function ChangePassphraseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase();
  const currentRef = useRef<HTMLInputElement>(null);
  const change = useMutation({
    mutationFn: () => api.vault.changePassphrase({ current, next: next.value }),
    onError: () => currentRef.current?.focus(),
  });
  const progress = usePassphraseProgress(change.isPending);
  const percent = progress.total > 0 ? Math.floor((100 * progress.completed) / progress.total) : 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // React events bubble through the portal: the settings form around the button must not
    // take this submit for its own (it would save the settings and close both dialogs).
    event.stopPropagation();
    if (change.isPending) return;
    if (next.check()) change.mutate();
  };

  // The window cannot be dismissed mid-change: the result must be seen.
  const close = () => {
    if (!change.isPending) onClose();
  };

  if (change.isSuccess) {
    return (
      <Dialog title={t('lockGuard.changePassphrase.title')} onClose={onClose}>
        <p className="notice notice--success" role="status">
          {t('lockGuard.changePassphrase.done')}
        </p>
        <div className="dialog__actions">
          <Button variant="primary" onClick={onClose}>
            {t('lockGuard.changePassphrase.close')}
          </Button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t('lockGuard.changePassphrase.title')}
      description={t('lockGuard.changePassphrase.intro')}
      onClose={close}
      initialFocus={currentRef}
    >
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('lockGuard.changePassphrase.current')} required>
          {(control) => (
            <input
              {...control}
              ref={currentRef}
              type="password"
              autoComplete="current-password"
              spellCheck={false}
              value={current}
              disabled={change.isPending}
              onChange={(event) => setCurrent(event.target.value)}
            />
          )}
        </Field>
        <NewPassphraseFields
          state={next}
          disabled={change.isPending}
          labels={{
            passphrase: t('lockGuard.changePassphrase.next'),
            confirm: t('lockGuard.changePassphrase.confirm'),
            mismatch: t('lockGuard.changePassphrase.mismatch'),
          }}
        />
        {change.isPending && (
          <div className="change-passphrase__progress" role="status">
            <ProgressBar
              label={t('lockGuard.changePassphrase.progressLabel')}
              completed={progress.completed}
              total={progress.total}
              valueText={t('lockGuard.changePassphrase.progress', { percent })}
            />
            <p>{t('lockGuard.changePassphrase.progress', { percent })}</p>
          </div>
        )}
        <ErrorNotice error={change.error} />
        <div className="dialog__actions">
          <Button onClick={close} disabled={change.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={change.isPending}>
            {t('lockGuard.changePassphrase.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
