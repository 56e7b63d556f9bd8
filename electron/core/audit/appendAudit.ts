import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditAction, AuditDetail, AuditEntry } from '../../../shared/domain/audit';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import type { Clock } from '../clock';
import { canonicalDetail, entryHash, GENESIS_HASH } from './auditHash';

export interface AuditEntryInput {
  action: AuditAction;
  caseId?: CaseId | string | null;
  documentId?: DocumentId | string | null;
  detail?: AuditDetail;
  /** When it happened, if not now (an unlock that failed while the vault was locked). */
  at?: string;
}

interface Tail {
  hash: string;
}

/**
 * Appends one entry to the chain. Call it inside the transaction of the change it records: the
 * change and its entry then commit, or roll back, together. (On its own it is a transaction of
 * its own; nested, a savepoint.)
 */
export function appendAudit(
  db: Database.Database,
  entry: AuditEntryInput,
  clock: Pick<Clock, 'nowIso'>,
): AuditEntry {
  return db.transaction((): AuditEntry => {
    const tail = db.prepare<[], Tail>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    // The next number after the highest ever given (sqlite_sequence), not after the highest
    // present: entries cut off the end then leave a gap that verify reports. The table's own
    // maximum too, so a tampered sqlite_sequence cannot make every later append fail.
    const { last } = db
      .prepare<[], { last: number }>(
        `SELECT max(
           coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0),
           coalesce((SELECT max(seq) FROM audit_log), 0)) AS last`,
      )
      .get()!;
    const seq = last + 1;
    const prevHash = tail?.hash ?? GENESIS_HASH;
    const detail = entry.detail ?? {};
    const row = {
      seq,
      at: entry.at ?? clock.nowIso(),
      action: entry.action,
      case_id: entry.caseId ?? null,
      document_id: entry.documentId ?? null,
      detail: canonicalDetail(detail),
    };
    const hash = entryHash(prevHash, row);
    db.prepare(
      `INSERT INTO audit_log (seq, at, action, case_id, document_id, detail, prev_hash, hash)
       VALUES (@seq, @at, @action, @case_id, @document_id, @detail, @prevHash, @hash)`,
    ).run({ ...row, prevHash, hash });
    return {
      seq,
      at: row.at,
      action: entry.action,
      caseId: row.case_id as CaseId | null,
      documentId: row.document_id as DocumentId | null,
      detail,
      prevHash,
      hash,
    };
  })();
}
