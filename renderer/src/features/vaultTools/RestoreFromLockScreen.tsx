import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { RestorePanel } from './RestorePanel';

/** On the lock screen: restoring a backup opens the vault on it, like an unlock. */
export function RestoreFromLockScreen({ onRestored }: { onRestored: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return open ? (
    <RestorePanel onRestored={onRestored} />
  ) : (
    <Button variant="quiet" onClick={() => setOpen(true)}>
      {t('vaultTools.restore.fromLockScreen')}
    </Button>
  );
}
