import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { judgePassphrase, MIN_PASSPHRASE_LENGTH } from '../../../../shared/domain/passphrase';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { ScreenHeading } from '../../components/Heading';
import { describePassphraseProblem } from '../../i18n/describeError';
import { PassphraseFeedback } from './PassphraseFeedback';

export function CreateVaultScreen({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const feedbackId = useId();
  const verdict = judgePassphrase(passphrase);
  const create = useMutation({
    mutationFn: () => api.vault.create({ passphrase }),
    onSuccess: onCreated,
    onError: () => passphraseRef.current?.focus(),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Judged here first so the lawyer hears why at once; the core enforces the same rules.
    if (!verdict.acceptable) {
      setProblem(verdict.problem ? describePassphraseProblem(t, verdict.problem) : null);
      passphraseRef.current?.focus();
      return;
    }
    setProblem(null);
    if (passphrase !== confirmation) {
      setMismatch(true);
      confirmRef.current?.focus();
      return;
    }
    setMismatch(false);
    create.mutate();
  };

  return (
    <div className="screen screen--narrow vault-screen">
      <ScreenHeading>{t('vault.create.title')}</ScreenHeading>
      <p className="lead">{t('vault.create.intro')}</p>
      <p className="notice notice--warning">{t('vault.create.warning')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <Field
          label={t('vault.create.passphrase')}
          hint={t('passphrase.requirements', { min: MIN_PASSPHRASE_LENGTH })}
          error={problem}
          required
        >
          {(control) => (
            <>
              <input
                {...control}
                aria-describedby={[control['aria-describedby'], feedbackId].join(' ')}
                ref={passphraseRef}
                type="password"
                autoComplete="new-password"
                spellCheck={false}
                value={passphrase}
                onChange={(event) => {
                  setPassphrase(event.target.value);
                  setProblem(null);
                }}
              />
              {passphrase.length > 0 && (
                // Once the refusal is shown as the field's error, the meter does not repeat it.
                <PassphraseFeedback id={feedbackId} verdict={verdict} explain={!problem} />
              )}
            </>
          )}
        </Field>
        <Field
          label={t('vault.create.confirm')}
          error={mismatch ? t('vault.create.mismatch') : null}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={confirmRef}
              type="password"
              autoComplete="new-password"
              spellCheck={false}
              value={confirmation}
              onChange={(event) => {
                setConfirmation(event.target.value);
                setMismatch(false);
              }}
            />
          )}
        </Field>
        <ErrorNotice error={create.error} />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={create.isPending}>
            {create.isPending ? t('vault.create.busy') : t('vault.create.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
