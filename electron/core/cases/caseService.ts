import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  CaseChanges,
  CaseDetail,
  CaseFields,
  CaseListQuery,
  CaseSortKey,
  CaseSummary,
  HearingKind,
} from '../../../shared/domain/case';
import type { CaseId } from '../../../shared/domain/ids';
import { foldForMatch } from '../../../shared/domain/text';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { indexCase } from '../search/index/indexRows';
import { updateColumns } from './updateColumns';
import {
  toCaseDetail,
  toHearing,
  toParty,
  type CaseRow,
  type HearingRow,
  type PartyRow,
} from './caseRows';

interface SummaryRow extends CaseRow {
  tags: string | null;
  party_names: string | null;
  party_count: number;
  next_at: string | null;
  next_kind: HearingKind | null;
}

const COLUMNS: Record<keyof Omit<CaseChanges, 'tags'>, string> = {
  title: 'title',
  number: 'number',
  court: 'court',
  judge: 'judge',
  jurisdiction: 'jurisdiction',
  status: 'status',
  openedOn: 'opened_on',
  closedOn: 'closed_on',
  description: 'description',
};

// Tags and party names ride along as JSON so one query serves the list, filter included.
const SUMMARY_SQL = `
  SELECT c.*,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)) AS tags,
    (SELECT json_group_array(name) FROM parties WHERE case_id = c.id) AS party_names,
    (SELECT count(*) FROM parties WHERE case_id = c.id) AS party_count,
    n.at AS next_at, n.kind AS next_kind
  FROM cases c
  LEFT JOIN hearings n ON n.id = (
    SELECT id FROM hearings WHERE case_id = c.id AND done = 0 ORDER BY at LIMIT 1)`;

/** Names sort by the UI language's alphabet (Kazakh puts І after Ы); ISO dates by their text. */
function collatorFor(language: string): Intl.Collator {
  return new Intl.Collator(language, { sensitivity: 'base', numeric: true });
}

const SORT_VALUE: Record<
  CaseSortKey,
  { of: (item: CaseSummary) => string | null; isText: boolean }
> = {
  title: { of: (item) => item.title, isText: true },
  number: { of: (item) => item.number, isText: true },
  opened: { of: (item) => item.openedOn, isText: false },
  nextHearing: { of: (item) => item.nextHearing?.at ?? null, isText: false },
  updated: { of: (item) => item.updatedAt, isText: false },
};

/** Cases without the sorted value always come last, whatever the direction. */
function sortSummaries(
  items: CaseSummary[],
  query: CaseListQuery,
  collator: Intl.Collator,
): CaseSummary[] {
  const { of, isText } = SORT_VALUE[query.sort];
  const sign = query.direction === 'asc' ? 1 : -1;
  const compareValues = (x: string, y: string) =>
    isText ? collator.compare(x, y) : x < y ? -1 : x > y ? 1 : 0;
  return items.sort((a, b) => {
    const x = of(a);
    const y = of(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = sign * compareValues(x, y);
      if (order !== 0) return order;
    }
    return collator.compare(a.title, b.title);
  });
}

export function createCaseService(
  db: () => Database.Database,
  clock: Clock,
  language: () => string = () => 'en',
) {
  function requireCase(id: CaseId): CaseRow {
    const row = db().prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No such case');
    return row;
  }

  function writeTags(id: string, tags: readonly string[]): void {
    db().prepare('DELETE FROM case_tags WHERE case_id = ?').run(id);
    const insert = db().prepare('INSERT INTO case_tags (case_id, tag) VALUES (?, ?)');
    for (const tag of tags) insert.run(id, tag);
  }

  function get(id: CaseId): CaseDetail {
    const row = requireCase(id);
    const tags = db()
      .prepare('SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag')
      .pluck()
      .all(id) as string[];
    const parties = (
      db()
        .prepare('SELECT * FROM parties WHERE case_id = ? ORDER BY created_at, rowid')
        .all(id) as PartyRow[]
    ).map(toParty);
    const hearings = (
      db()
        .prepare('SELECT * FROM hearings WHERE case_id = ? ORDER BY at, rowid')
        .all(id) as HearingRow[]
    ).map(toHearing);
    return toCaseDetail(row, tags, parties, hearings);
  }

  function list(query: CaseListQuery): CaseSummary[] {
    const rows = db().prepare(SUMMARY_SQL).all() as SummaryRow[];
    const needle = foldForMatch(query.text.trim());
    const statuses = new Set(query.statuses);
    const summaries: CaseSummary[] = [];
    for (const row of rows) {
      if (statuses.size > 0 && !statuses.has(row.status)) continue;
      const tags = JSON.parse(row.tags ?? '[]') as string[];
      if (needle) {
        const haystack = foldForMatch(
          [
            row.title,
            row.number,
            row.court,
            row.judge,
            ...tags,
            ...(JSON.parse(row.party_names ?? '[]') as string[]),
          ]
            .filter(Boolean)
            .join('\n'),
        );
        if (!needle.split(/\s+/).every((word) => haystack.includes(word))) continue;
      }
      summaries.push({
        id: row.id as CaseId,
        title: row.title,
        number: row.number,
        court: row.court,
        status: row.status,
        tags,
        openedOn: row.opened_on,
        updatedAt: row.updated_at,
        partyCount: row.party_count,
        nextHearing: row.next_at && row.next_kind ? { at: row.next_at, kind: row.next_kind } : null,
      });
    }
    return sortSummaries(summaries, query, collatorFor(language()));
  }

  function create(fields: CaseFields): { id: CaseId } {
    const id = clock.newId() as CaseId;
    const now = clock.nowIso();
    db().transaction(() => {
      db()
        .prepare(
          `INSERT INTO cases (id, title, number, court, judge, jurisdiction, status, opened_on,
             closed_on, description, created_at, updated_at)
           VALUES (@id, @title, @number, @court, @judge, @jurisdiction, @status, @openedOn,
             @closedOn, @description, @now, @now)`,
        )
        .run({
          id,
          title: fields.title,
          number: fields.number || null,
          court: fields.court || null,
          judge: fields.judge || null,
          jurisdiction: fields.jurisdiction || null,
          status: fields.status,
          openedOn: fields.openedOn ?? null,
          closedOn: fields.closedOn ?? null,
          description: fields.description || null,
          now,
        });
      writeTags(id, fields.tags);
      indexCase(db(), id);
    })();
    return { id };
  }

  function update(id: CaseId, changes: CaseChanges): CaseDetail {
    db().transaction(() => {
      requireCase(id);
      updateColumns(db(), 'cases', id, COLUMNS, changes);
      if (changes.tags) writeTags(id, changes.tags);
      const row = requireCase(id);
      if (row.opened_on && row.closed_on && row.closed_on < row.opened_on) {
        throw new AppError('VALIDATION', 'A case cannot close before it opens', {
          field: 'closedOn',
        });
      }
      touch(id);
      indexCase(db(), id);
    })();
    return get(id);
  }

  /** Touch the case when one of its parts changes, so "recently updated" means what it says. */
  function touch(id: CaseId): void {
    db().prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(clock.nowIso(), id);
  }

  function archive(id: CaseId): CaseDetail {
    return update(id, { status: 'archived' });
  }

  /** A restored case returns to "closed" if it has a closing date, else to "open". */
  function unarchive(id: CaseId): CaseDetail {
    const row = requireCase(id);
    if (row.status !== 'archived') return get(id);
    return update(id, { status: row.closed_on ? 'closed' : 'open' });
  }

  function remove(id: CaseId): { deleted: true } {
    const result = db().prepare('DELETE FROM cases WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('NOT_FOUND', 'No such case');
    return { deleted: true };
  }

  return { get, list, create, update, archive, unarchive, remove, touch, requireCase };
}

export type CaseService = ReturnType<typeof createCaseService>;
