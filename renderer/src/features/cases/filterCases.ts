import type { CaseStatus, CaseSummary } from '../../../../shared/domain/case';

export interface FilteredCases {
  shown: CaseSummary[];
  /** Per status, among the cases matching the text: what each chip would show. */
  counts: Record<CaseStatus, number>;
}

/** No chip pressed shows every status; pressed chips narrow the list to theirs. */
export function filterByStatus(
  cases: readonly CaseSummary[],
  statuses: ReadonlySet<CaseStatus>,
): FilteredCases {
  const counts: Record<CaseStatus, number> = { open: 0, appeal: 0, closed: 0, archived: 0 };
  const shown: CaseSummary[] = [];
  for (const summary of cases) {
    counts[summary.status] += 1;
    if (statuses.size === 0 || statuses.has(summary.status)) shown.push(summary);
  }
  return { shown, counts };
}
