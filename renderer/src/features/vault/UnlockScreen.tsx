import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockReason } from '../../../../shared/domain/vault';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { describeError } from '../../i18n/describeError';
import { RestoreFromLockScreen } from '../vaultTools/RestoreFromLockScreen';

interface UnlockScreenProps {
  reason: LockReason | null;
  onUnlocked: () => void;
}

export function UnlockScreen({ reason, onUnlocked }: UnlockScreenProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const unlock = useMutation({
    mutationFn: (value: string) => api.vault.unlock({ passphrase: value }),
    onSuccess: onUnlocked,
    onError: () => {
      // Select the wrong passphrase so typing the next attempt replaces it.
      inputRef.current?.focus();
      inputRef.current?.select();
    },
  });

  // The only thing to do here is type the passphrase: start there.
  useEffect(() => inputRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length === 0) {
      inputRef.current?.focus();
      return;
    }
    unlock.mutate(passphrase);
  };

  const error = unlock.error ? describeError(t, unlock.error) : null;

  return (
    <div className="screen screen--narrow vault-screen">
      <h1 className="screen-heading">{t('vault.unlock.title')}</h1>
      {reason && <p className="notice notice--info">{t(`vault.lockedBecause.${reason}`)}</p>}
      <p className="lead">{t('vault.unlock.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('vault.unlock.passphrase')} error={error} required>
          {(control) => (
            <input
              {...control}
              ref={inputRef}
              type="password"
              autoComplete="current-password"
              spellCheck={false}
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          )}
        </Field>
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={unlock.isPending}>
            {unlock.isPending ? t('vault.unlock.busy') : t('vault.unlock.submit')}
          </Button>
        </div>
      </form>
      <RestoreFromLockScreen onRestored={onUnlocked} />
    </div>
  );
}
