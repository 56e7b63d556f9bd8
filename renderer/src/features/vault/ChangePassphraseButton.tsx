import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { judgePassphrase, MIN_PASSPHRASE_LENGTH } from '../../../../shared/domain/passphrase';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { describePassphraseProblem } from '../../i18n/describeError';
import { PassphraseFeedback } from './PassphraseFeedback';
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

/** Whole seconds since `running` became true; the core reports no steps, so time is the progress. */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [running]);
  return seconds;
}

function ChangePassphraseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const feedbackId = useId();
  const verdict = judgePassphrase(next);
  const change = useMutation({
    mutationFn: () => api.vault.changePassphrase({ current, next }),
    onError: () => currentRef.current?.focus(),
  });
  const seconds = useElapsedSeconds(change.isPending);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // React events bubble through the portal: the settings form around the button must not
    // take this submit for its own (it would save the settings and close both dialogs).
    event.stopPropagation();
    if (change.isPending) return;
    if (!verdict.acceptable) {
      setProblem(verdict.problem ? describePassphraseProblem(t, verdict.problem) : null);
      nextRef.current?.focus();
      return;
    }
    setProblem(null);
    if (next !== confirmation) {
      setMismatch(true);
      confirmRef.current?.focus();
      return;
    }
    setMismatch(false);
    change.mutate();
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

  const password = (
    value: string,
    set: (value: string) => void,
    autoComplete: 'current-password' | 'new-password',
  ) => ({
    type: 'password',
    autoComplete,
    spellCheck: false,
    value,
    disabled: change.isPending,
    onChange: (event: { target: { value: string } }) => set(event.target.value),
  });

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
              {...password(current, setCurrent, 'current-password')}
            />
          )}
        </Field>
        <Field
          label={t('lockGuard.changePassphrase.next')}
          hint={t('passphrase.requirements', { min: MIN_PASSPHRASE_LENGTH })}
          error={problem}
          required
        >
          {(control) => (
            <>
              <input
                {...control}
                aria-describedby={[control['aria-describedby'], feedbackId].join(' ')}
                ref={nextRef}
                {...password(
                  next,
                  (value) => {
                    setNext(value);
                    setProblem(null);
                  },
                  'new-password',
                )}
              />
              {next.length > 0 && (
                <PassphraseFeedback id={feedbackId} verdict={verdict} explain={!problem} />
              )}
            </>
          )}
        </Field>
        <Field
          label={t('lockGuard.changePassphrase.confirm')}
          error={mismatch ? t('lockGuard.changePassphrase.mismatch') : null}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={confirmRef}
              {...password(
                confirmation,
                (value) => {
                  setConfirmation(value);
                  setMismatch(false);
                },
                'new-password',
              )}
            />
          )}
        </Field>
        {change.isPending && (
          <div className="change-passphrase__progress" role="status">
            <ProgressBar
              label={t('lockGuard.changePassphrase.progressLabel')}
              completed={0}
              total={0}
              valueText={t('lockGuard.changePassphrase.progress', { seconds })}
            />
            <p>{t('lockGuard.changePassphrase.progress', { seconds })}</p>
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
