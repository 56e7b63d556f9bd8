import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSortKey, CaseStatus } from '../../../../shared/domain/case';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/Heading';
import { Link } from '../../components/Link';
import { VerifyDossierButton } from '../dossier/VerifyDossierButton';
import { CaseListItem } from './CaseListItem';
import { CaseListToolbar, type Direction } from './CaseListToolbar';
import { filterByStatus } from './filterCases';
import { useCaseList } from './queries';
import { StatusFilter } from './StatusFilter';

export function CaseListScreen() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [statuses, setStatuses] = useState<ReadonlySet<CaseStatus>>(new Set());
  const [sort, setSort] = useState<CaseSortKey>('updated');
  const [direction, setDirection] = useState<Direction>('desc');
  const text = query.trim();
  const list = useCaseList(text, sort, direction);
  const summaryId = useId();

  const toggle = (status: CaseStatus) =>
    setStatuses((current) => {
      const next = new Set(current);
      if (!next.delete(status)) next.add(status);
      return next;
    });

  const { shown, counts } = filterByStatus(list.data ?? [], statuses);
  // An empty answer to a search is "no match"; only an empty answer to no search is "no cases".
  const hasCases = text.length > 0 || (list.data?.length ?? 0) > 0;

  return (
    <div className="screen">
      <div className="screen__top">
        <ScreenHeading>{t('cases.list.title')}</ScreenHeading>
        <VerifyDossierButton className="case-list__verify" />
        <Link to={{ name: 'newCase' }} className="button button--primary">
          {t('nav.newCase')}
        </Link>
      </div>
      <ErrorNotice error={list.error} />
      {list.isPending && <p className="loading">{t('app.loading')}</p>}
      {list.isSuccess && !hasCases && (
        <EmptyState title={t('cases.list.empty')} hint={t('cases.list.emptyHint')} />
      )}
      {hasCases && (
        <>
          <CaseListToolbar
            query={query}
            sort={sort}
            direction={direction}
            summaryId={summaryId}
            onQueryChange={setQuery}
            onSortChange={(nextSort, nextDirection) => {
              setSort(nextSort);
              setDirection(nextDirection);
            }}
          />
          <StatusFilter
            selected={statuses}
            counts={counts}
            onToggle={toggle}
            onClear={() => setStatuses(new Set())}
          />
          <p className="list-summary" id={summaryId} role="status">
            {t('cases.list.shown', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <EmptyState title={t('cases.list.noMatches')} hint={t('cases.list.noMatchesHint')} />
          ) : (
            <ul className="case-list" aria-label={t('cases.list.title')}>
              {shown.map((summary) => (
                <CaseListItem key={summary.id} summary={summary} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
