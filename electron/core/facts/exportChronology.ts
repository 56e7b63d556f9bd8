import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseId } from '../../../shared/domain/ids';
import type { Language } from '../../../shared/domain/settings';
import type { PartialLedger } from '../exports/partialLedger';
import { writeNewFile } from '../exports/writeNewFile';
import type { ExportFileSystem } from '../documents/exportOriginal';
import { chronologyCsv } from './chronologyCsv';
import type { FactService } from './factService';

/** Writes a case's chronology as CSV to a new file (never over an existing one). */
export async function exportChronology(
  db: Database.Database,
  facts: Pick<FactService, 'list'>,
  input: { caseId: CaseId; path: string },
  language: Language,
  partials: PartialLedger,
  fileSystem?: ExportFileSystem,
): Promise<{ path: string; rows: number }> {
  const list = facts.list(input.caseId);
  const parties = db
    .prepare('SELECT id, name FROM parties WHERE case_id = ?')
    .all(input.caseId) as { id: string; name: string }[];
  const csv = chronologyCsv(list, new Map(parties.map((p) => [p.id, p.name])), language);
  const written = await writeNewFile(input.path, Buffer.from(csv, 'utf8'), partials, fileSystem);
  return { path: written.path, rows: list.length };
}
