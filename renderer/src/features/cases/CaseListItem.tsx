import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/domain/case';
import { Link } from '../../components/Link';
import { StatusChip } from '../../components/StatusChip';
import { formatDateTime, localNow } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

export function CaseListItem({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const next = summary.nextHearing;
  // The core keeps a missed, undone entry as "next" until it is dealt with: say so.
  const overdue = next !== null && next.at < localNow();
  return (
    <li className="case-card">
      <div className="case-card__main">
        <Link to={{ name: 'case', id: summary.id }} className="case-card__title">
          {summary.title}
        </Link>
        <p className="case-card__meta">
          {summary.number && <span>{t('cases.list.caseNumber', { number: summary.number })}</span>}
          {summary.court && <span>{summary.court}</span>}
          <span>{t('cases.list.parties', { count: summary.partyCount })}</span>
        </p>
        {summary.tags.length > 0 && (
          <ul className="tag-list">
            {summary.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="case-card__side">
        <StatusChip status={summary.status} />
        <p className={overdue ? 'case-card__next is-overdue' : 'case-card__next'}>
          {next
            ? t('cases.list.next', {
                when: `${t(`hearings.kinds.${next.kind}`)}, ${formatDateTime(next.at, language)}`,
              })
            : t('cases.list.nothingScheduled')}
          {overdue && <span className="badge badge--overdue">{t('hearings.overdue')}</span>}
        </p>
      </div>
    </li>
  );
}
