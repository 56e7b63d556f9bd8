import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { AuditChainStatus } from './AuditChainStatus';
import { AuditView } from './AuditView';

/** A case's activity, or (caseId null) the whole vault's with the chain's status. */
export function AuditDialog({ caseId, onClose }: { caseId: CaseId | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={caseId ? t('audit.caseTitle') : t('audit.vaultTitle')}
      description={t('audit.description')}
      onClose={onClose}
    >
      <div className="audit-dialog">
        {caseId === null && <AuditChainStatus />}
        <AuditView caseId={caseId} />
      </div>
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('audit.close')}</Button>
      </div>
    </Dialog>
  );
}
