import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { BackupPanel } from './BackupPanel';
import { CheckPanel } from './CheckPanel';
import { RestorePanel } from './RestorePanel';
import './vaultTools.css';

/** Backup, restore and "Check vault", from the settings. */
export function VaultToolsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  return (
    <>
      <Button className="vault-tools-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('vaultTools.open')}
      </Button>
      {open && (
        <Dialog title={t('vaultTools.title')} onClose={() => setOpen(false)}>
          <div className="vault-tools">
            <BackupPanel />
            <CheckPanel />
            <RestorePanel
              onRestored={() => {
                // Everything shown came from the vault just replaced.
                void queryClient.invalidateQueries();
                setOpen(false);
              }}
            />
          </div>
          <div className="dialog__actions">
            <Button onClick={() => setOpen(false)}>{t('vaultTools.close')}</Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
