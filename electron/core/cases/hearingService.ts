import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  Hearing,
  HearingChanges,
  HearingInput,
  UpcomingItem,
  UpcomingQuery,
} from '../../../shared/domain/case';
import type { HearingId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { toHearing, type HearingRow } from './caseRows';
import type { CaseService } from './caseService';
import { updateColumns } from './updateColumns';

const COLUMNS: Record<keyof HearingChanges, string> = {
  at: 'at',
  kind: 'kind',
  place: 'place',
  notes: 'notes',
  done: 'done',
};

/** `YYYY-MM-DDTHH:mm` plus whole days, staying in wall-clock time (no zone, no DST shift). */
function addDays(localDateTime: string, days: number): string {
  const date = new Date(`${localDateTime}:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 16);
}

export function createHearingService(
  db: () => Database.Database,
  clock: Clock,
  cases: CaseService,
) {
  function find(id: HearingId): Hearing {
    const row = db().prepare('SELECT * FROM hearings WHERE id = ?').get(id) as
      HearingRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No such hearing or deadline');
    return toHearing(row);
  }

  function add(fields: HearingInput): Hearing {
    const id = clock.newId() as HearingId;
    db().transaction(() => {
      cases.requireCase(fields.caseId);
      db()
        .prepare(
          `INSERT INTO hearings (id, case_id, at, kind, place, notes, done, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          fields.caseId,
          fields.at,
          fields.kind,
          fields.place || null,
          fields.notes || null,
          fields.done ? 1 : 0,
          clock.nowIso(),
        );
      cases.touch(fields.caseId);
    })();
    return find(id);
  }

  function update(id: HearingId, changes: HearingChanges): Hearing {
    db().transaction(() => {
      const hearing = find(id);
      updateColumns(db(), 'hearings', id, COLUMNS, changes);
      cases.touch(hearing.caseId);
    })();
    return find(id);
  }

  function remove(id: HearingId): { removed: true } {
    db().transaction(() => {
      const hearing = find(id);
      db().prepare('DELETE FROM hearings WHERE id = ?').run(id);
      cases.touch(hearing.caseId);
    })();
    return { removed: true };
  }

  /**
   * Open hearings and deadlines from now to now+days, plus every earlier one not marked done:
   * a missed deadline stays on the list until the lawyer deals with it. Archived cases are left out.
   */
  function upcoming(query: UpcomingQuery): UpcomingItem[] {
    const rows = db()
      .prepare(
        `SELECT h.*, c.title AS case_title, c.number AS case_number
         FROM hearings h JOIN cases c ON c.id = h.case_id
         WHERE h.done = 0 AND h.at < @until AND c.status <> 'archived'
           AND (@caseId IS NULL OR h.case_id = @caseId)
         ORDER BY h.at, c.title`,
      )
      .all({
        until: addDays(query.now, query.days),
        caseId: query.caseId ?? null,
      }) as (HearingRow & {
      case_title: string;
      case_number: string | null;
    })[];
    return rows.map((row) => ({
      ...toHearing(row),
      caseTitle: row.case_title,
      caseNumber: row.case_number,
      overdue: row.at < query.now,
    }));
  }

  return { add, update, remove, upcoming };
}
