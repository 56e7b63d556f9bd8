import { useTranslation } from 'react-i18next';
import type { Fact } from '../../../../shared/domain/fact';
import { Link } from '../../components/Link';

/**
 * Where a fact comes from: a link that opens the viewer on the page (on the highlight when the
 * fact was made from one); a deleted document's title marked so; or the typed source.
 */
export function FactSourceLink({ fact }: { fact: Fact }) {
  const { t } = useTranslation();
  const source = fact.source;
  if (!source) {
    return fact.sourceNote ? (
      <span className="fact-source-note">{fact.sourceNote}</span>
    ) : (
      <span className="fact-source-none">{t('chronology.source.none')}</span>
    );
  }
  const page = t('chronology.source.page', { page: source.page });
  if (source.documentId === null) {
    return (
      <span className="fact-source-link fact-source-link--deleted">
        {source.documentTitle}, {page}{' '}
        <span className="fact-source__deleted">({t('chronology.source.deleted')})</span>
      </span>
    );
  }
  return (
    <span className="fact-source-link">
      <Link
        to={{
          name: 'document',
          caseId: fact.caseId,
          id: source.documentId,
          page: source.page,
          ...(source.annotationId ? { annotationId: source.annotationId } : {}),
        }}
        title={t('chronology.source.open', { title: source.documentTitle, page: source.page })}
      >
        {source.documentTitle}, {page}
      </Link>
      {fact.sourceNote && <span className="fact-source-note"> · {fact.sourceNote}</span>}
    </span>
  );
}
