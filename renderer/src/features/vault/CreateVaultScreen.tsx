import { useMutation } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/Heading';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';

export function CreateVaultScreen({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const passphrase = useNewPassphrase();
  const create = useMutation({
    mutationFn: () => api.vault.create({ passphrase: passphrase.value }),
    onSuccess: onCreated,
    onError: () => passphrase.valueRef.current?.focus(),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.check()) create.mutate();
  };

  return (
    <div className="screen screen--narrow vault-screen">
      <ScreenHeading>{t('vault.create.title')}</ScreenHeading>
      <p className="lead">{t('vault.create.intro')}</p>
      <p className="notice notice--warning">{t('vault.create.warning')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <NewPassphraseFields
          state={passphrase}
          labels={{
            passphrase: t('vault.create.passphrase'),
            confirm: t('vault.create.confirm'),
            mismatch: t('vault.create.mismatch'),
          }}
        />
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
