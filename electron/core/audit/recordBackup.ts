import type Database from 'better-sqlite3-multiple-ciphers';
import { systemClock, type Clock } from '../clock';
import { appendAudit } from './appendAudit';
import { hasAuditLog } from './hasAuditLog';

/**
 * A backup file finished and checked. Called where the backup job ends successfully, before
 * its `done` event: the route only starts the job, so the route cannot know it succeeded. The
 * backup itself does not hold this entry (it was copied before); the live vault does.
 */
export function recordBackupCreated(
  db: Database.Database,
  result: { size?: number; pages?: number } = {},
  clock: Pick<Clock, 'nowIso'> = systemClock,
): void {
  if (!hasAuditLog(db)) return;
  const facts: Record<string, number> = {};
  if (result.size !== undefined) facts.size = result.size;
  if (result.pages !== undefined) facts.pages = result.pages;
  appendAudit(db, { action: 'backup.created', detail: facts }, clock);
}
