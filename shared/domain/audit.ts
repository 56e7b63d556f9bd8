import { z } from 'zod';
import { caseIdSchema, type CaseId, type DocumentId } from './ids';

/** Everything the audit log records: what happened to the vault, a case or a document. */
export const AUDIT_ACTIONS = [
  'vault.unlocked',
  'vault.unlockFailed',
  'case.created',
  'case.updated',
  'case.archived',
  'case.unarchived',
  'case.deleted',
  'document.imported',
  'document.exported',
  'document.deleted',
  'dossier.exported',
  'backup.created',
  'vault.restored',
  'passphrase.changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Small facts about an entry: ids, field names, counts, hashes, formats, error codes. Never a
 * title, a name or a passphrase: the log is append-only, so what enters it can never be erased.
 */
export type AuditDetailValue = string | number | boolean | null | string[];
export type AuditDetail = Readonly<Record<string, AuditDetailValue>>;

/** One link of the chain, as stored. */
export interface AuditEntry {
  seq: number;
  /** ISO 8601, UTC. */
  at: string;
  action: AuditAction;
  caseId: CaseId | null;
  documentId: DocumentId | null;
  detail: AuditDetail;
  /** Hex SHA-256 of the previous entry (64 zeros for the first). */
  prevHash: string;
  /** Hex SHA-256 over `prevHash` and this entry's canonical form. */
  hash: string;
}

/** A listed entry, with today's titles of its case and document (null once they are deleted). */
export interface AuditListItem extends AuditEntry {
  caseTitle: string | null;
  documentTitle: string | null;
}

export const AUDIT_PAGE_MAX = 500;

export const auditListQuerySchema = z.strictObject({
  caseId: caseIdSchema.optional(),
  actions: z.array(z.enum(AUDIT_ACTIONS)).min(1).max(AUDIT_ACTIONS.length).optional(),
  /** Entries per page, newest first. */
  limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(100),
  /** `nextCursor` of the previous page: entries older than this seq. */
  cursor: z.number().int().min(1).optional(),
});
export type AuditListQuery = z.output<typeof auditListQuerySchema>;
export type AuditListQueryInput = z.input<typeof auditListQuerySchema>;

export interface AuditPage {
  entries: AuditListItem[];
  /** Pass as `cursor` for the next (older) page; null when this page is the last. */
  nextCursor: number | null;
}

/**
 * - `altered`: the entry's content no longer hashes to its stored hash;
 * - `missing`: an entry is gone (a gap in the numbering, a link to nothing, or the last ones cut off);
 * - `reordered`: the entry links to a later entry's hash (entries swapped or moved).
 */
export const AUDIT_BREAK_REASONS = ['altered', 'missing', 'reordered'] as const;
export type AuditBreakReason = (typeof AUDIT_BREAK_REASONS)[number];

export interface AuditVerifyReport {
  ok: boolean;
  /** Entries read. */
  entries: number;
  /** The first broken link, by seq; null when the chain is whole. */
  firstBroken: { seq: number; reason: AuditBreakReason } | null;
}
