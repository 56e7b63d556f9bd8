import type Database from 'better-sqlite3-multiple-ciphers';
import type { DossierFormat, DossierResult } from '../../../shared/domain/dossier';
import type { CaseId } from '../../../shared/domain/ids';
import type { Clock } from '../clock';
import { appendAudit } from './appendAudit';
import { hasAuditLog } from './hasAuditLog';

/**
 * A dossier written to disk. The file is outside the vault, so its entry follows it: a crash
 * between the two loses the entry (the file was only just handed out), never the reverse.
 */
export function recordDossierExport(
  db: Database.Database,
  clock: Clock,
  caseId: CaseId,
  result: Pick<DossierResult, 'pages' | 'documents' | 'sha256'> & { format: DossierFormat },
): void {
  if (!hasAuditLog(db)) return;
  appendAudit(
    db,
    {
      action: 'dossier.exported',
      caseId,
      detail: {
        format: result.format,
        documents: result.documents,
        pages: result.pages,
        sha256: result.sha256,
      },
    },
    clock,
  );
}
