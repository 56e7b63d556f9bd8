import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  AuditAction,
  AuditDetail,
  AuditListItem,
  AuditListQuery,
  AuditPage,
} from '../../../shared/domain/audit';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';

interface ListedRow {
  seq: number;
  at: string;
  action: string;
  case_id: string | null;
  document_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
  case_title: string | null;
  document_title: string | null;
}

/** Newest first, a page at a time; filtered by case and by action. */
export function listAudit(db: Database.Database, query: AuditListQuery): AuditPage {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.caseId !== undefined) {
    where.push('a.case_id = ?');
    params.push(query.caseId);
  }
  if (query.actions !== undefined) {
    where.push(`a.action IN (${query.actions.map(() => '?').join(', ')})`);
    params.push(...query.actions);
  }
  if (query.cursor !== undefined) {
    where.push('a.seq < ?');
    params.push(query.cursor);
  }
  const rows = db
    .prepare<unknown[], ListedRow>(
      `SELECT a.seq, a.at, a.action, a.case_id, a.document_id, a.detail, a.prev_hash, a.hash,
              c.title AS case_title, d.title AS document_title
       FROM audit_log a
       LEFT JOIN cases c ON c.id = a.case_id
       LEFT JOIN documents d ON d.id = a.document_id
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.seq DESC
       LIMIT ?`,
    )
    .all(...params, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    entries: page.map(toItem),
    nextCursor: rows.length > query.limit && last ? last.seq : null,
  };
}

function toItem(row: ListedRow): AuditListItem {
  return {
    seq: row.seq,
    at: row.at,
    action: row.action as AuditAction,
    caseId: row.case_id as CaseId | null,
    documentId: row.document_id as DocumentId | null,
    detail: parseDetail(row.detail),
    prevHash: row.prev_hash,
    hash: row.hash,
    caseTitle: row.case_title,
    documentTitle: row.document_title,
  };
}

/** A detail that is not an object (only a tampered row) is listed as empty; verify reports it. */
function parseDetail(text: string): AuditDetail {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as AuditDetail)
    : {};
}
