import type Database from 'better-sqlite3-multiple-ciphers';
import type { Party, PartyRole } from '../../../shared/domain/case';
import type { CaseId, PartyId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { toParty, type PartyRow } from './caseRows';
import type { CaseService } from './caseService';

export interface PartyFields {
  caseId: CaseId;
  name: string;
  role: PartyRole;
  contact?: string | undefined;
}

export interface PartyChanges {
  name?: string;
  role?: PartyRole;
  contact?: string | null;
}

export function createPartyService(db: () => Database.Database, clock: Clock, cases: CaseService) {
  function find(id: PartyId): Party {
    const row = db().prepare('SELECT * FROM parties WHERE id = ?').get(id) as PartyRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No such party');
    return toParty(row);
  }

  function add(fields: PartyFields): Party {
    const id = clock.newId() as PartyId;
    db().transaction(() => {
      cases.requireCase(fields.caseId);
      db()
        .prepare(
          'INSERT INTO parties (id, case_id, name, role, contact, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(id, fields.caseId, fields.name, fields.role, fields.contact || null, clock.nowIso());
      cases.touch(fields.caseId);
    })();
    return find(id);
  }

  function update(id: PartyId, changes: PartyChanges): Party {
    db().transaction(() => {
      const party = find(id);
      db()
        .prepare(
          `UPDATE parties SET name = coalesce(@name, name), role = coalesce(@role, role),
             contact = CASE WHEN @setContact THEN @contact ELSE contact END WHERE id = @id`,
        )
        .run({
          id,
          name: changes.name ?? null,
          role: changes.role ?? null,
          setContact: changes.contact === undefined ? 0 : 1,
          contact: changes.contact || null,
        });
      cases.touch(party.caseId);
    })();
    return find(id);
  }

  function remove(id: PartyId): { removed: true } {
    db().transaction(() => {
      const party = find(id);
      db().prepare('DELETE FROM parties WHERE id = ?').run(id);
      cases.touch(party.caseId);
    })();
    return { removed: true };
  }

  return { add, update, remove };
}
