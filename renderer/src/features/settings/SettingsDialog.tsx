import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUTO_LOCK_MINUTES,
  MAX_IMPORT_MEGABYTES,
  type Settings,
} from '../../../../shared/domain/settings';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSaveSettings, useSettings } from './queries';
import { NumberField } from './NumberField';
import { AuditButton } from '../audit/AuditButton';
import { LockShortcuts } from './LockShortcuts';
import { OcrLanguageSetting } from '../ocr/OcrLanguageSetting';
import { ChangePassphraseButton } from '../vault/ChangePassphraseButton';
import { VaultToolsButton } from '../vaultTools/VaultToolsButton';

type EditableSettings = Pick<Settings, 'autoLockMinutes' | 'maxImportMegabytes'>;

/** Auto-lock time and the largest file an import accepts, saved together to the core. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <Dialog title={t('settings.title')} onClose={onClose}>
      {settings.data ? (
        <SettingsForm settings={settings.data} onClose={onClose} />
      ) : (
        <>
          {settings.isPending && <p aria-live="polite">{t('settings.loading')}</p>}
          <ErrorNotice error={settings.error} />
          <div className="dialog__actions">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

/** A whole number within bounds, or null; the input shows what was typed until it is fixed. */
function parseWhole(text: string, bounds: { min: number; max: number }): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= bounds.min && value <= bounds.max ? value : null;
}

function SettingsForm({ settings, onClose }: { settings: Settings; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSettings(onClose);
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [megabytes, setMegabytes] = useState(String(settings.maxImportMegabytes));
  const [checked, setChecked] = useState(false);
  const autoLockMinutes = parseWhole(minutes, AUTO_LOCK_MINUTES);
  const maxImportMegabytes = parseWhole(megabytes, MAX_IMPORT_MEGABYTES);
  const rangeError = (value: number | null, bounds: { min: number; max: number }) =>
    checked && value === null ? t('settings.wholeNumberBetween', bounds) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (save.isPending || autoLockMinutes === null || maxImportMegabytes === null) return;
    const changes: EditableSettings = { autoLockMinutes, maxImportMegabytes };
    save.mutate(changes);
  };

  return (
    <form className="form settings-form" onSubmit={submit} noValidate>
      <NumberField
        label={t('settings.autoLockMinutes')}
        hint={t('settings.autoLockHint', AUTO_LOCK_MINUTES)}
        bounds={AUTO_LOCK_MINUTES}
        value={minutes}
        error={rangeError(autoLockMinutes, AUTO_LOCK_MINUTES)}
        onChange={setMinutes}
      />
      <NumberField
        label={t('settings.maxImportMegabytes')}
        hint={t('settings.maxImportHint', MAX_IMPORT_MEGABYTES)}
        bounds={MAX_IMPORT_MEGABYTES}
        value={megabytes}
        error={rangeError(maxImportMegabytes, MAX_IMPORT_MEGABYTES)}
        onChange={setMegabytes}
      />
      <OcrLanguageSetting settings={settings} />
      <LockShortcuts />
      <ChangePassphraseButton />
      <AuditButton caseId={null} />
      <VaultToolsButton />
      <ErrorNotice error={save.error} />
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
