import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../shared/domain/case';

/** A case's status as a coloured label; colour is never the only signal (the word is there). */
export function StatusChip({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-chip status-chip--${status}`}>{t(`cases.status.${status}`)}</span>
  );
}
