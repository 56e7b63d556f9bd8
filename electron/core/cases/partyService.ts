import type Database from 'better-sqlite3-multiple-ciphers';
import type { Party, PartyChanges, PartyInput } from '../../../shared/domain/case';
import type { PartyId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { toParty, type PartyRow } from './caseRows';
import type { CaseService } from './caseService';
import { updateColumns } from './updateColumns';
import { indexCase } from '../search/index/indexRows';

const COLUMNS: Record<keyof PartyChanges, string> = {
  name: 'name',
  role: 'role',
  contact: 'contact',
};

export function createPartyService(db: () => Database.Database, clock: Clock, cases: CaseService) {
  function find(id: PartyId): Party {
    const row = db().prepare('SELECT * FROM parties WHERE id = ?').get(id) as PartyRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No such party');
    return toParty(row);
  }

  function add(fields: PartyInput): Party {
    const id = clock.newId() as PartyId;
    db().transaction(() => {
      cases.requireCase(fields.caseId);
      db()
        .prepare(
          'INSERT INTO parties (id, case_id, name, role, contact, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(id, fields.caseId, fields.name, fields.role, fields.contact || null, clock.nowIso());
      cases.touch(fields.caseId);
      indexCase(db(), fields.caseId); // parties' names are searchable with the case
    })();
    return find(id);
  }

  function update(id: PartyId, changes: PartyChanges): Party {
    db().transaction(() => {
      const party = find(id);
      updateColumns(db(), 'parties', id, COLUMNS, changes);
      cases.touch(party.caseId);
      indexCase(db(), party.caseId);
    })();
    return find(id);
  }

  function remove(id: PartyId): { removed: true } {
    db().transaction(() => {
      const party = find(id);
      db().prepare('DELETE FROM parties WHERE id = ?').run(id);
      cases.touch(party.caseId);
      indexCase(db(), party.caseId);
    })();
    return { removed: true };
  }

  return { add, update, remove };
}
