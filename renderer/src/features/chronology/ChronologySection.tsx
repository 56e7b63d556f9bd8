import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../components/Link';
import { useCase } from '../cases/queries';
import { sortFacts } from './chronologyModel';
import { useFacts } from './queries';
import { useFactLabels } from './useFactLabels';

const PREVIEW = 3;

/** The case page's way into the chronology: how many facts, the first few, and a link. */
export function ChronologySection({ caseId }: { caseId: CaseId }) {
  const { t } = useTranslation();
  const facts = useFacts(caseId);
  const detail = useCase(caseId);
  const { partyName, dateLabel } = useFactLabels(detail.data?.parties ?? []);
  const all = facts.data ?? [];
  const first = sortFacts(all, 'date', 'asc', { partyName }).slice(0, PREVIEW);
  return (
    <section className="panel case-section chronology-section" aria-labelledby="chronology-title">
      <h2 className="panel__title" id="chronology-title">
        {t('chronology.sectionTitle')}
        {facts.data && <span className="count">{all.length}</span>}
      </h2>
      <ErrorNotice error={facts.error} />
      {facts.data && all.length === 0 && (
        <p className="field__hint">{t('chronology.sectionEmpty')}</p>
      )}
      {first.length > 0 && (
        <ol className="chronology-section__list">
          {first.map((fact) => (
            <li key={fact.id}>
              <Link to={{ name: 'chronology', caseId, factId: fact.id }}>
                <span className="chronology-section__date">{dateLabel(fact.date)}</span>{' '}
                {fact.statement}
              </Link>
            </li>
          ))}
        </ol>
      )}
      <Link to={{ name: 'chronology', caseId }} className="chronology-section__open">
        {t('chronology.open')}
      </Link>
    </section>
  );
}
