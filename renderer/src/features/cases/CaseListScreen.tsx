import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_SORT_KEYS, type CaseSortKey, type CaseStatus } from '../../../../shared/domain/case';
import { Link } from '../../components/Link';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { ScreenHeading } from '../../components/Heading';
import { CaseListItem } from './CaseListItem';
import { filterByStatus } from './filterCases';
import { useCaseList } from './queries';
import { StatusFilter } from './StatusFilter';

type Direction = 'asc' | 'desc';

/** Names and numbers read A→Z, dates newest first, the next hearing soonest first. */
const NATURAL_DIRECTION: Record<CaseSortKey, Direction> = {
  updated: 'desc',
  title: 'asc',
  number: 'asc',
  opened: 'desc',
  nextHearing: 'asc',
};

const isSortKey = (value: string): value is CaseSortKey =>
  (CASE_SORT_KEYS as readonly string[]).includes(value);

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
          <div className="toolbar" role="search">
            <Field
              label={t('cases.list.search')}
              hint={t('cases.list.searchHint')}
              className="toolbar__search"
            >
              {(control) => (
                <input
                  {...control}
                  type="search"
                  value={query}
                  autoComplete="off"
                  spellCheck={false}
                  aria-controls={summaryId}
                  onChange={(event) => setQuery(event.target.value)}
                />
              )}
            </Field>
            <Field label={t('cases.list.sort')}>
              {(control) => (
                <select
                  {...control}
                  value={sort}
                  onChange={(event) => {
                    const next = event.target.value;
                    if (!isSortKey(next)) return;
                    setSort(next);
                    setDirection(NATURAL_DIRECTION[next]);
                  }}
                >
                  {CASE_SORT_KEYS.map((key) => (
                    <option key={key} value={key}>
                      {t(`cases.sort.${key}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('cases.list.direction')}>
              {(control) => (
                <select
                  {...control}
                  value={direction}
                  onChange={(event) => setDirection(event.target.value === 'asc' ? 'asc' : 'desc')}
                >
                  <option value="asc">{t('cases.direction.asc')}</option>
                  <option value="desc">{t('cases.direction.desc')}</option>
                </select>
              )}
            </Field>
          </div>
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
