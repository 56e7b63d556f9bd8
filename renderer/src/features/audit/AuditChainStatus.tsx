import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAuditVerify } from './queries';

/** The result of walking the whole hash chain, in words; a broken chain is an alert. */
export function AuditChainStatus() {
  const { t } = useTranslation();
  const verify = useAuditVerify();
  if (verify.error) return <ErrorNotice error={verify.error} />;
  if (!verify.data) return <p aria-live="polite">{t('audit.chainChecking')}</p>;
  const { firstBroken, entries } = verify.data;
  if (firstBroken) {
    return (
      <p className="audit-chain audit-chain--broken" role="alert">
        {t('audit.chainBroken', {
          seq: firstBroken.seq,
          reason: t(`audit.reasons.${firstBroken.reason}`),
        })}
      </p>
    );
  }
  return (
    <p className="audit-chain audit-chain--ok" role="status">
      {t('audit.chainIntact', { count: entries })}
    </p>
  );
}
