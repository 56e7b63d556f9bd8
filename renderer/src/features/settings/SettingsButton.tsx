import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { SettingsDialog } from './SettingsDialog';

/** The header's way into the settings; shown only while the vault is open. */
export function SettingsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="settings-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('settings.open')}
      </Button>
      {open && <SettingsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
