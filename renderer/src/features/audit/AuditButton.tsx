import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import { AuditDialog } from './AuditDialog';

/** Opens the activity log: of one case on its page, of the whole vault from the settings. */
export function AuditButton({ caseId }: { caseId: CaseId | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="audit-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {caseId ? t('audit.open') : t('audit.openVault')}
      </Button>
      {open && <AuditDialog caseId={caseId} onClose={() => setOpen(false)} />}
    </>
  );
}
