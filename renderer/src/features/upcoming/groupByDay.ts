import type { UpcomingItem } from '../../../../shared/domain/case';

export interface DayGroup {
  /** `YYYY-MM-DD`, the court-local day. */
  day: string;
  items: UpcomingItem[];
  overdue: number;
}

/** Items in time order, one group per calendar day; overdue days come first by nature. */
export function groupByDay(items: readonly UpcomingItem[]): DayGroup[] {
  const groups = new Map<string, DayGroup>();
  for (const item of [...items].sort((a, b) => a.at.localeCompare(b.at))) {
    const day = item.at.slice(0, 10);
    let group = groups.get(day);
    if (!group) {
      group = { day, items: [], overdue: 0 };
      groups.set(day, group);
    }
    group.items.push(item);
    if (item.overdue) group.overdue += 1;
  }
  return [...groups.values()];
}
