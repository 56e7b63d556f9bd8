import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../components/Link';
import { useCase } from '../cases/queries';
import { useDocuments } from '../documents/queries';
import { DossierBuilder } from './DossierBuilder';

/** The dossier builder of one case, once the case and its documents are loaded. */
export function DossierScreen({ caseId }: { caseId: CaseId }) {
  const { t } = useTranslation();
  const detail = useCase(caseId);
  const documents = useDocuments(caseId);
  return (
    <div className="screen dossier-screen">
      <Link to={{ name: 'case', id: caseId }} className="back-link">
        {t('dossier.backToCase')}
      </Link>
      <ErrorNotice error={detail.error ?? documents.error} />
      {(detail.isPending || documents.isPending) && <p className="loading">{t('app.loading')}</p>}
      {detail.data && documents.data && (
        <DossierBuilder detail={detail.data} documents={documents.data} />
      )}
    </div>
  );
}
