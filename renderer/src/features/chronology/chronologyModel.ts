import {
  FACT_IMPORTANCE,
  FACT_STATUSES,
  factDateBounds,
  type Fact,
  type FactImportance,
  type FactStatus,
} from '../../../../shared/domain/fact';
import type { PartyId } from '../../../../shared/domain/ids';

/** Pure sorting, filtering and grouping of a case's facts, shared by the table and the timeline. */

export const FACT_SORT_KEYS = [
  'date',
  'statement',
  'people',
  'issues',
  'status',
  'importance',
  'source',
] as const;
export type FactSortKey = (typeof FACT_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** Folds case and ё so "Ёлкин" is found by "елкин", as the core's search does. */
export const fold = (value: string) => value.toLocaleLowerCase('ru').replaceAll('ё', 'е');

const collator = new Intl.Collator(['ru', 'kk', 'en'], { sensitivity: 'base', numeric: true });

/**
 * Chronological order: by first covered day, then the more precise date first (14 May before
 * "May 2024" before "2024" when they start together), then creation. Undated facts come last
 * whatever the direction, since "no date" is not earlier or later than any date.
 */
export function compareByDate(a: Fact, b: Fact): number {
  const boundsA = factDateBounds(a.date);
  const boundsB = factDateBounds(b.date);
  if (!boundsA || !boundsB) {
    if (boundsA) return -1;
    if (boundsB) return 1;
    return a.createdAt.localeCompare(b.createdAt);
  }
  return (
    boundsA.start.localeCompare(boundsB.start) ||
    boundsA.end.localeCompare(boundsB.end) ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

const isUndated = (fact: Fact) => fact.date.kind === 'undated';

export interface SortContext {
  /** A party's display name, for sorting by people. */
  partyName: (id: PartyId) => string;
}

function compareBy(key: Exclude<FactSortKey, 'date'>, context: SortContext) {
  const text = (fact: Fact): string => {
    switch (key) {
      case 'statement':
        return fact.statement;
      case 'people':
        return fact.partyIds.map(context.partyName).sort(collator.compare).join(', ');
      case 'issues':
        return [...fact.issues].sort(collator.compare).join(', ');
      case 'source':
        return fact.source
          ? `${fact.source.documentTitle}\u0000${String(fact.source.page).padStart(7, '0')}`
          : (fact.sourceNote ?? '');
      default:
        return '';
    }
  };
  return (a: Fact, b: Fact): number => {
    if (key === 'status') return FACT_STATUSES.indexOf(a.status) - FACT_STATUSES.indexOf(b.status);
    if (key === 'importance')
      return FACT_IMPORTANCE.indexOf(a.importance) - FACT_IMPORTANCE.indexOf(b.importance);
    const left = text(a);
    const right = text(b);
    // Empty cells sink, like undated facts: a blank is not "before A".
    if (!left || !right) return left ? -1 : right ? 1 : 0;
    return collator.compare(left, right);
  };
}

/** A new sorted array; ties fall back to date order, so equal cells stay chronological. */
export function sortFacts(
  facts: readonly Fact[],
  key: FactSortKey,
  direction: SortDirection,
  context: SortContext,
): Fact[] {
  const sign = direction === 'asc' ? 1 : -1;
  if (key === 'date') {
    return [...facts].sort((a, b) => {
      if (isUndated(a) !== isUndated(b)) return isUndated(a) ? 1 : -1;
      return sign * compareByDate(a, b);
    });
  }
  const primary = compareBy(key, context);
  return [...facts].sort((a, b) => sign * primary(a, b) || compareByDate(a, b));
}

export interface FactFilters {
  text: string;
  status: FactStatus | null;
  importance: FactImportance | null;
  partyId: PartyId | null;
  issue: string | null;
  /** `YYYY-MM-DD`, inclusive; a fact matches when its dates overlap the span. */
  from: string;
  to: string;
}

export const NO_FILTERS: FactFilters = {
  text: '',
  status: null,
  importance: null,
  partyId: null,
  issue: null,
  from: '',
  to: '',
};

export const hasFilters = (filters: FactFilters): boolean =>
  Object.entries(filters).some(([key, value]) => value !== NO_FILTERS[key as keyof FactFilters]);

/**
 * The facts the filters let through. The text matches the statement, quote, typed source,
 * source title, issues and people's names. A date span keeps a fact whose own span overlaps
 * it ("May 2024" is in 10–20 May) and drops undated facts, which cannot be placed in it.
 */
export function filterFacts(
  facts: readonly Fact[],
  filters: FactFilters,
  context: SortContext,
): Fact[] {
  const words = fold(filters.text).split(/\s+/).filter(Boolean);
  return facts.filter((fact) => {
    if (filters.status && fact.status !== filters.status) return false;
    if (filters.importance && fact.importance !== filters.importance) return false;
    if (filters.partyId && !fact.partyIds.includes(filters.partyId)) return false;
    if (filters.issue && !fact.issues.includes(filters.issue)) return false;
    if (filters.from || filters.to) {
      const bounds = factDateBounds(fact.date);
      if (!bounds) return false;
      if (filters.from && bounds.end < filters.from) return false;
      if (filters.to && bounds.start > filters.to) return false;
    }
    if (words.length > 0) {
      const haystack = fold(
        [
          fact.statement,
          fact.source?.quote ?? '',
          fact.source?.documentTitle ?? '',
          fact.sourceNote ?? '',
          ...fact.issues,
          ...fact.partyIds.map(context.partyName),
        ].join('\n'),
      );
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

export interface FactGroup<K> {
  /** The person or issue; null gathers the facts that have none. */
  key: K | null;
  facts: Fact[];
}

/**
 * Facts by each person (or issue) in the given order; a fact with two people appears under
 * both. Facts keep their incoming order within a group; the "none" group comes last.
 */
export function groupFacts<K>(
  facts: readonly Fact[],
  keysOf: (fact: Fact) => readonly K[],
  order: readonly K[],
): FactGroup<K>[] {
  const groups = new Map<K, Fact[]>(order.map((key) => [key, []]));
  const none: Fact[] = [];
  for (const fact of facts) {
    const keys = keysOf(fact);
    if (keys.length === 0) none.push(fact);
    for (const key of keys) {
      const group = groups.get(key);
      if (group) group.push(fact);
      else groups.set(key, [fact]);
    }
  }
  const result: FactGroup<K>[] = [...groups]
    .filter(([, grouped]) => grouped.length > 0)
    .map(([key, grouped]) => ({ key, facts: grouped }));
  if (none.length > 0) result.push({ key: null, facts: none });
  return result;
}

/** Every issue label used in the case, alphabetical: suggestions and the issue filter. */
export function issuesOf(facts: readonly Fact[]): string[] {
  return [...new Set(facts.flatMap((fact) => fact.issues))].sort(collator.compare);
}
