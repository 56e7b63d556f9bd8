import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fact } from '../../../../shared/domain/fact';
import type { CaseId, FactId, PartyId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/Heading';
import { Link } from '../../components/Link';
import { useCase } from '../cases/queries';
import { ChronologyFilters } from './ChronologyFilters';
import {
  filterFacts,
  groupFacts,
  hasFilters,
  issuesOf,
  NO_FILTERS,
  sortFacts,
  type FactFilters,
  type FactSortKey,
  type SortDirection,
} from './chronologyModel';
import { ChronologyViewSwitch, type ChronologyView } from './ChronologyViewSwitch';
import { ExportCsvButton } from './ExportCsvButton';
import { FactDialog } from './FactDialog';
import { FactGroups } from './FactGroups';
import { FactTable } from './FactTable';
import { FactTimeline } from './FactTimeline';
import { useFactMutation, useFacts } from './queries';
import { useFactLabels } from './useFactLabels';

type Editing = { mode: 'add' } | { mode: 'edit'; fact: Fact } | null;

/** A case's facts: a sortable, filterable table, a timeline, and the facts by person or issue. */
export function ChronologyScreen({ caseId, factId }: { caseId: CaseId; factId?: FactId }) {
  const { t } = useTranslation();
  const detail = useCase(caseId);
  const facts = useFacts(caseId);
  const parties = useMemo(() => detail.data?.parties ?? [], [detail.data]);
  const { partyName, dateLabel } = useFactLabels(parties);
  const [view, setView] = useState<ChronologyView>('table');
  const [filters, setFilters] = useState<FactFilters>(NO_FILTERS);
  const [sort, setSort] = useState<{ key: FactSortKey; direction: SortDirection }>({
    key: 'date',
    direction: 'asc',
  });
  const [selectedId, setSelectedId] = useState<FactId | null>(factId ?? null);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Fact | null>(null);
  const remove = useFactMutation((id: FactId) => api.facts.remove({ id }));
  // The Delete button that opened the question is gone with its fact: focus goes to "Add fact",
  // in an effect, once the dialog (which makes the page inert while open) has unmounted.
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAddOnClose = useRef(false);
  useEffect(() => {
    if (!focusAddOnClose.current || removing !== null) return;
    focusAddOnClose.current = false;
    addButton.current?.focus();
  }, [removing]);

  const all = facts.data;
  const issues = useMemo(() => issuesOf(all ?? []), [all]);
  const context = useMemo(() => ({ partyName }), [partyName]);
  const filtered = useMemo(() => filterFacts(all ?? [], filters, context), [all, filters, context]);
  const sorted = useMemo(
    () => sortFacts(filtered, sort.key, sort.direction, context),
    [filtered, sort, context],
  );
  // The timeline and the groupings are always chronological, whatever the table's sort.
  const chronological = useMemo(
    () => sortFacts(filtered, 'date', 'asc', context),
    [filtered, context],
  );

  const onSort = (key: FactSortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'asc' ? 'desc' : 'asc',
    }));
  const card = {
    partyName,
    dateLabel,
    onEdit: (fact: Fact) => setEditing({ mode: 'edit', fact }),
    onDelete: (fact: Fact) => {
      remove.reset();
      setRemoving(fact);
    },
  };

  // The table scrolls to its own selection (it may have to render the row first).
  useEffect(() => {
    if (view === 'table' || !selectedId) return;
    document
      .querySelector(`.chronology [data-fact-id="${selectedId}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [view, selectedId]);

  const title = detail.data?.title ?? '';
  const total = all?.length ?? 0;

  return (
    <div className="screen chronology">
      <Link to={{ name: 'case', id: caseId }} className="back-link">
        {t('chronology.backToCase')}
      </Link>
      <ScreenHeading className="chronology__heading">
        {t('chronology.title')}
        {title && <span className="chronology__case">{title}</span>}
      </ScreenHeading>
      <ErrorNotice error={detail.error ?? facts.error} />
      {facts.isPending && <p className="loading">{t('app.loading')}</p>}
      {all && (
        <>
          <div className="chronology__toolbar">
            <Button ref={addButton} variant="primary" onClick={() => setEditing({ mode: 'add' })}>
              {t('chronology.addFact')}
            </Button>
            {total > 0 && <ChronologyViewSwitch view={view} onChange={setView} />}
            {total > 0 && <ExportCsvButton caseId={caseId} caseTitle={title} />}
          </div>
          {total === 0 ? (
            <EmptyState title={t('chronology.empty')} hint={t('chronology.sectionEmpty')} />
          ) : (
            <>
              <ChronologyFilters
                filters={filters}
                parties={parties}
                issues={issues}
                onChange={setFilters}
              />
              <p className="chronology__shown" role="status">
                {hasFilters(filters)
                  ? t('chronology.shown', { count: filtered.length, total })
                  : ''}
              </p>
              {filtered.length === 0 && (
                <p className="chronology__none">{t('chronology.noMatches')}</p>
              )}
              {filtered.length > 0 && view === 'table' && (
                <FactTable
                  facts={sorted}
                  sort={sort}
                  onSort={onSort}
                  selectedId={selectedId}
                  onSelect={setSelectedId}
                  {...card}
                />
              )}
              {filtered.length > 0 && view === 'timeline' && (
                <FactTimeline facts={chronological} selectedId={selectedId} {...card} />
              )}
              {filtered.length > 0 && view === 'byPerson' && (
                <FactGroups<PartyId>
                  groups={groupFacts(
                    chronological,
                    (fact) => fact.partyIds.filter((id) => partyName(id)),
                    parties.map((party) => party.id),
                  )}
                  title={(id) => (id ? partyName(id) : t('chronology.view.noPerson'))}
                  selectedId={selectedId}
                  {...card}
                />
              )}
              {filtered.length > 0 && view === 'byIssue' && (
                <FactGroups<string>
                  groups={groupFacts(chronological, (fact) => fact.issues, issues)}
                  title={(issue) => issue ?? t('chronology.view.noIssue')}
                  selectedId={selectedId}
                  {...card}
                />
              )}
            </>
          )}
        </>
      )}
      {editing && (
        <FactDialog
          caseId={caseId}
          {...(editing.mode === 'edit' ? { fact: editing.fact } : {})}
          onClose={() => setEditing(null)}
          onSaved={(fact) => setSelectedId(fact.id)}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('chronology.deleteFact')}
          body={
            <>
              <p className="chronology__removing">{removing.statement}</p>
              <p>{t('chronology.deleteConfirm')}</p>
            </>
          }
          confirmLabel={t('chronology.delete')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(removing.id, {
              onSuccess: () => {
                focusAddOnClose.current = true;
                setRemoving(null);
              },
            })
          }
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
