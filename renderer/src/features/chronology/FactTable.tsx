import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fact, FactDate } from '../../../../shared/domain/fact';
import type { FactId, PartyId } from '../../../../shared/domain/ids';
import { FACT_SORT_KEYS, type FactSortKey, type SortDirection } from './chronologyModel';
import { FactActions } from './FactActions';
import { FactSourceLink } from './FactSourceLink';

/**
 * Up to this many facts every row stays in the page (find-in-page, screen readers, Tab reach
 * them all); beyond it only the rows near the visible part are rendered, between two spacer rows
 * that keep the scroll height, so a chronology of thousands of facts scrolls smoothly.
 */
const WHOLE_TABLE_LIMIT = 100;
const OVERSCAN = 10;
const ESTIMATED_ROW_HEIGHT = 64;

interface FactTableProps {
  facts: readonly Fact[];
  sort: { key: FactSortKey; direction: SortDirection };
  onSort: (key: FactSortKey) => void;
  selectedId: FactId | null;
  onSelect: (id: FactId) => void;
  partyName: (id: PartyId) => string;
  dateLabel: (date: FactDate) => string;
  onEdit: (fact: Fact) => void;
  onDelete: (fact: Fact) => void;
}

export function FactTable({
  facts,
  sort,
  onSort,
  selectedId,
  onSelect,
  partyName,
  dateLabel,
  onEdit,
  onDelete,
}: FactTableProps) {
  const { t } = useTranslation();
  const scrollBox = useRef<HTMLDivElement>(null);
  const count = facts.length;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose; this component is not memoised by the compiler.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollBox.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: count <= WHOLE_TABLE_LIMIT ? count : OVERSCAN,
    getItemKey: (index) => facts[index]?.id ?? index,
  });

  const selectedIndex = selectedId ? facts.findIndex((fact) => fact.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex < 0) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
    // The row exists once the virtualizer has rendered around it.
    const frame = requestAnimationFrame(() => {
      scrollBox.current
        ?.querySelector<HTMLElement>(`[data-index="${selectedIndex}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedIndex, virtualizer]);

  const rows = virtualizer.getVirtualItems();
  const top = rows[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);

  return (
    <div ref={scrollBox} className="fact-table">
      <table aria-label={t('chronology.tableLabel')} aria-rowcount={count + 1}>
        <thead>
          <tr>
            {FACT_SORT_KEYS.map((key) => {
              const active = sort.key === key;
              const label = t(`chronology.columns.${key}`);
              return (
                <th
                  key={key}
                  scope="col"
                  aria-sort={
                    active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                >
                  <button
                    type="button"
                    className="fact-table__sort"
                    title={t('chronology.sortBy', { column: label })}
                    onClick={() => onSort(key)}
                  >
                    {label}
                    <span aria-hidden="true" className="fact-table__arrow">
                      {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">{t('chronology.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {rows.map((row) => {
            const fact = facts[row.index];
            if (!fact) return null;
            const selected = fact.id === selectedId;
            return (
              <tr
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                data-fact-id={fact.id}
                aria-rowindex={row.index + 2}
                aria-current={selected || undefined}
                className={selected ? 'fact-row is-selected' : 'fact-row'}
                onClick={() => onSelect(fact.id)}
              >
                <td className={`fact-row__date fact-date--${fact.date.kind}`}>
                  {dateLabel(fact.date)}
                </td>
                <td className="fact-row__statement">{fact.statement}</td>
                <td className="fact-row__people">
                  {fact.partyIds.map(partyName).filter(Boolean).join(', ')}
                </td>
                <td className="fact-row__issues">
                  {fact.issues.map((issue) => (
                    <span key={issue} className="fact-issue-tag">
                      {issue}
                    </span>
                  ))}
                </td>
                <td>
                  <span className={`fact-status fact-status--${fact.status}`}>
                    {t(`chronology.status.${fact.status}`)}
                  </span>
                </td>
                <td>
                  <span className={`fact-importance fact-importance--${fact.importance}`}>
                    {t(`chronology.importance.${fact.importance}`)}
                  </span>
                </td>
                <td className="fact-row__source">
                  <FactSourceLink fact={fact} />
                </td>
                <td className="fact-row__actions">
                  <FactActions fact={fact} onEdit={onEdit} onDelete={onDelete} />
                </td>
              </tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
