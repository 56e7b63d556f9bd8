import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { PassphraseInput } from './PassphraseInput';

/**
 * Replaces the vault with a backup: the backup's path and passphrase, then a confirmation. The
 * core checks the backup before replacing anything; on success the vault is open on it.
 */
export function RestorePanel({ onRestored }: { onRestored: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Rendered inside the settings form (through a portal): its submit must not see ours.
    event.stopPropagation();
    if (file.trim().length === 0 || passphrase.length === 0) return;
    setConfirming(true);
  };

  // The native dialog; the path field stays for a file typed or pasted in.
  const choose = async () => {
    setError(null);
    try {
      const { path } = await api.dialogs.openBackup();
      if (path !== null) setFile(path);
    } catch (failure: unknown) {
      setError(failure);
    }
  };

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.vault.restore({ file: file.trim(), passphrase });
      setPassphrase('');
      onRestored();
    } catch (failure: unknown) {
      setError(failure);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section className="panel vault-tools__section" aria-labelledby="vault-tools-restore">
      <h3 id="vault-tools-restore" className="panel__title">
        {t('vaultTools.restore.title')}
      </h3>
      <p className="hint">{t('vaultTools.restore.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <Field
          label={t('vaultTools.restore.file')}
          hint={t('vaultTools.restore.fileHint')}
          required
        >
          {(control) => (
            <div className="vault-tools__file">
              <input
                {...control}
                type="text"
                spellCheck={false}
                autoComplete="off"
                value={file}
                onChange={(event) => setFile(event.target.value)}
              />
              <Button onClick={() => void choose()}>{t('vaultTools.restore.choose')}</Button>
            </div>
          )}
        </Field>
        <PassphraseInput
          label={t('vaultTools.restore.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
        />
        {confirming ? (
          <div className="notice notice--warning" role="alert">
            <p>{t('vaultTools.restore.confirm')}</p>
            <div className="form__actions">
              <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
              <Button variant="danger" busy={busy} onClick={() => void restore()}>
                {t('vaultTools.restore.confirmButton')}
              </Button>
            </div>
          </div>
        ) : (
          <div className="form__actions">
            <Button type="submit" variant="primary">
              {t('vaultTools.restore.start')}
            </Button>
          </div>
        )}
      </form>
      <ErrorNotice error={error} />
    </section>
  );
}
