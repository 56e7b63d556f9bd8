import { createHash } from 'node:crypto';
import type { AuditDetail } from '../../../shared/domain/audit';

/** The `prev_hash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** An entry's fields as the table holds them; `detail` is the stored canonical JSON text. */
export interface AuditRowContent {
  seq: number;
  at: string;
  action: string;
  case_id: string | null;
  document_id: string | null;
  detail: string;
}

/** JSON with keys in code-point order at every level, so one detail has exactly one text. */
export function canonicalDetail(detail: AuditDetail): string {
  const keys = Object.keys(detail).sort();
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, detail[key]])));
}

/**
 * SHA-256 over the previous hash and the entry. The seq is part of what is hashed, so an entry
 * moved to another place no longer matches its hash; the previous hash chains it to what came
 * before, so removing or altering any earlier entry breaks every later link.
 */
export function entryHash(prevHash: string, row: AuditRowContent): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.action,
    row.case_id,
    row.document_id,
    row.detail,
  ]);
  return createHash('sha256').update(`${prevHash}\n${canonical}`, 'utf8').digest('hex');
}
