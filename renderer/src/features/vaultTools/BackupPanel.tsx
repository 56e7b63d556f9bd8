import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isErrorCode } from '../../../../shared/errors';
import { ApiError } from '../../api';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseInput } from './PassphraseInput';
import { useBackupJob } from './useBackupJob';
import { ProgressBar } from '../../components/ProgressBar';

const suggestedName = () => `casefile-backup-${new Date().toISOString().slice(0, 10)}.casefile`;

/** A backup to a file the save dialog picks, with its progress, cancel and outcome. */
export function BackupPanel() {
  const { t } = useTranslation();
  const job = useBackupJob();
  const [passphrase, setPassphrase] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const { progress } = job;
  const failure =
    progress?.state === 'failed' && progress.error
      ? new ApiError(
          isErrorCode(progress.error.code) ? progress.error.code : 'INTERNAL',
          progress.error.message,
        )
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Rendered inside the settings form (through a portal): its submit must not see ours.
    event.stopPropagation();
    if (passphrase.length === 0 || job.running) return;
    void job.start(suggestedName(), passphrase, newPassphrase).then(() => {
      setPassphrase('');
      setNewPassphrase('');
    });
  };

  return (
    <section className="panel vault-tools__section" aria-labelledby="vault-tools-backup">
      <h3 id="vault-tools-backup" className="panel__title">
        {t('vaultTools.backup.title')}
      </h3>
      <p className="hint">{t('vaultTools.backup.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <PassphraseInput
          label={t('vaultTools.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
        />
        <PassphraseInput
          label={t('vaultTools.backup.newPassphrase')}
          hint={t('vaultTools.backup.newPassphraseHint')}
          value={newPassphrase}
          onChange={setNewPassphrase}
          autoComplete="new-password"
          required={false}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={job.starting} disabled={job.running}>
            {t('vaultTools.backup.start')}
          </Button>
        </div>
      </form>
      <ErrorNotice error={job.error ?? failure} />
      {job.running && (
        <div className="vault-tools__run" role="region" aria-label={t('vaultTools.backup.title')}>
          <ProgressBar
            label={t('vaultTools.backup.progressLabel')}
            completed={progress?.completed ?? 0}
            total={progress?.total ?? 0}
            valueText={t('vaultTools.backup.progress', {
              completed: progress?.completed ?? 0,
              total: progress?.total ?? 0,
            })}
          />
          <span aria-live="polite">
            {t('vaultTools.backup.progress', {
              completed: progress?.completed ?? 0,
              total: progress?.total ?? 0,
            })}
          </span>
          <Button onClick={job.cancel}>{t('common.cancel')}</Button>
        </div>
      )}
      {progress?.state === 'done' && progress.result && (
        <p className="notice notice--success" role="status">
          {t('vaultTools.backup.done', { path: progress.result.path })}
        </p>
      )}
      {progress?.state === 'cancelled' && (
        <p className="notice notice--info" role="status">
          {t('vaultTools.backup.cancelled')}
        </p>
      )}
    </section>
  );
}
