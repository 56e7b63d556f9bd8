import type Database from 'better-sqlite3-multiple-ciphers';
import type { ImportOutcome } from '../../../shared/domain/document';
import type { Clock } from '../clock';
import { importDocument, type ImportInput } from '../documents/importDocument';
import { appendAudit } from './appendAudit';
import { hasAuditLog } from './hasAuditLog';

/**
 * `importDocument` and its `document.imported` entry in one transaction: a document is never
 * stored without its entry, nor the entry without the document. A duplicate stores nothing and
 * records nothing.
 */
export function importAndRecord(
  db: Database.Database,
  clock: Clock,
  input: ImportInput,
): ImportOutcome {
  return db
    .transaction((): ImportOutcome => {
      const outcome = importDocument(db, clock, input);
      if (!outcome.duplicate && hasAuditLog(db)) {
        appendAudit(
          db,
          {
            action: 'document.imported',
            caseId: input.caseId,
            documentId: outcome.id,
            detail: {
              sha256: outcome.sha256,
              mediaType: input.mediaType,
              size: input.bytes.length,
            },
          },
          clock,
        );
      }
      return outcome;
    })
    .immediate();
}
