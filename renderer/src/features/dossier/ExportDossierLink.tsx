import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { Link } from '../../components/Link';

/** The case page's way into the dossier builder. */
export function ExportDossierLink({ caseId }: { caseId: CaseId }) {
  const { t } = useTranslation();
  return (
    <Link to={{ name: 'dossier', caseId }} className="button button--secondary">
      {t('dossier.open')}
    </Link>
  );
}
