import type Database from 'better-sqlite3-multiple-ciphers';
import type { BackupProgress, BackupResult } from '../../../shared/domain/backup';
import type { JobId, JobState } from '../../../shared/domain/job';
import { AppError } from '../../../shared/errors';
import { recordBackupCreated } from '../audit/recordBackup';
import type { PartialLedger } from '../exports/partialLedger';
import { backupToFile } from './backupToFile';

export interface BackupJobDeps {
  jobId: JobId;
  signal: AbortSignal;
  db: () => Database.Database;
  emit: (progress: BackupProgress) => void;
  partials: PartialLedger;
}

/**
 * One backup as a job: progress after every step of pages, then a final event — done with the
 * result, cancelled (by jobs.cancel or a lock; nothing left on disk) or failed with a typed
 * code. Never rejects.
 */
export async function runBackupJob(
  request: { out: string; passphrase: string },
  deps: BackupJobDeps,
): Promise<void> {
  let completed = 0;
  let total = 0;
  const emit = (
    state: JobState,
    result: BackupResult | null = null,
    error: BackupProgress['error'] = null,
  ) => deps.emit({ jobId: deps.jobId, kind: 'backup', state, completed, total, result, error });
  try {
    const result = await backupToFile(deps.db(), request.out, request.passphrase, {
      signal: deps.signal,
      partials: deps.partials,
      onProgress: (done, all) => {
        completed = done;
        total = all;
        emit('running');
      },
    });
    recordBackupCreated(deps.db(), result);
    emit('done', result);
  } catch (error) {
    if (deps.signal.aborted) {
      emit('cancelled');
      return;
    }
    const info =
      error instanceof AppError
        ? error.toInfo()
        : { code: 'INTERNAL', message: 'The backup failed unexpectedly' };
    emit('failed', null, { code: info.code, message: info.message });
  }
}
