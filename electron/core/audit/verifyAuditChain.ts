import type { AuditBreakReason, AuditVerifyReport } from '../../../shared/domain/audit';
import type { Vault } from '../vault/openVault';
import { entryHash, GENESIS_HASH, type AuditRowContent } from './auditHash';

interface StoredRow extends AuditRowContent {
  prev_hash: string;
  hash: string;
}

/**
 * Walks the chain from the first entry and reports the first broken link:
 * - a seq that is not the next number → `missing` (an entry was deleted);
 * - a link to the hash of an entry stored later in the table → `reordered`;
 * - content that no longer hashes to its stored hash → `altered`;
 * - a link to a hash found nowhere → `missing` (the entry it named is gone);
 * - fewer entries than `sqlite_sequence` says were given → `missing` (the last ones cut off).
 * Read-only; safe on any open vault, the CLI's and the kill test's included.
 */
export function verifyAuditChain(db: Vault): AuditVerifyReport {
  const rows = db
    .prepare<[], StoredRow>(
      `SELECT seq, at, action, case_id, document_id, detail, prev_hash, hash
       FROM audit_log ORDER BY seq`,
    )
    .iterate();
  let entries = 0;
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  const broken = (seq: number, reason: AuditBreakReason): AuditVerifyReport => ({
    ok: false,
    entries,
    firstBroken: { seq, reason },
  });

  for (const row of rows) {
    entries += 1;
    if (row.seq !== expectedSeq) {
      rows.return?.();
      return broken(expectedSeq, 'missing');
    }
    if (row.prev_hash !== previousHash && isHashOfLaterEntry(db, row.prev_hash, row.seq)) {
      rows.return?.();
      return broken(row.seq, 'reordered');
    }
    if (entryHash(row.prev_hash, row) !== row.hash) {
      rows.return?.();
      return broken(row.seq, 'altered');
    }
    if (row.prev_hash !== previousHash) {
      rows.return?.();
      return broken(row.seq, 'missing');
    }
    previousHash = row.hash;
    expectedSeq += 1;
  }

  const given = db
    .prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")
    .get();
  if (given && given.seq >= expectedSeq) return broken(expectedSeq, 'missing');
  return { ok: true, entries, firstBroken: null };
}

function isHashOfLaterEntry(db: Vault, hash: string, seq: number): boolean {
  // Only on a broken link, so the table scan (hash has no index) costs nothing on a whole chain.
  return (
    db.prepare('SELECT 1 FROM audit_log WHERE hash = ? AND seq > ? LIMIT 1').get(hash, seq) !==
    undefined
  );
}
