import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../components/Link';
import { CaseAnnotations } from '../annotations/CaseAnnotations';
import { AuditButton } from '../audit/AuditButton';
import { ChronologySection } from '../chronology/ChronologySection';
import { DocumentsSection } from '../documents/DocumentsSection';
import { NotesSection } from '../notes/NotesSection';
import { CaseSearch } from '../search/CaseSearch';
import { CaseHeader } from './CaseHeader';
import { HearingsSection } from './HearingsSection';
import { PartiesSection } from './PartiesSection';
import { useCase } from './queries';

export function CasePage({ id }: { id: CaseId }) {
  const { t } = useTranslation();
  const query = useCase(id);
  return (
    <div className="screen case-page">
      <Link to={{ name: 'cases' }} className="back-link">
        {t('common.backToCases')}
      </Link>
      <ErrorNotice error={query.error} />
      {query.isPending && <p className="loading">{t('app.loading')}</p>}
      {query.data && (
        <>
          <CaseHeader detail={query.data} />
          <div className="case-page__audit">
            <AuditButton caseId={query.data.id} />
          </div>
          <div className="case-page__sections">
            <PartiesSection detail={query.data} />
            <HearingsSection detail={query.data} />
            <CaseSearch caseId={query.data.id} />
            <DocumentsSection caseId={query.data.id} />
            <NotesSection caseId={query.data.id} />
            <ChronologySection caseId={query.data.id} />
            <CaseAnnotations caseId={query.data.id} />
          </div>
        </>
      )}
    </div>
  );
}
