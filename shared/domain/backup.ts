import type { JobId, JobState } from './job';

/** What a finished backup wrote: a new encrypted vault file. */
export interface BackupResult {
  path: string;
  size: number;
  /** Pages copied (4 KiB each). */
  pages: number;
}

/**
 * Pushed as the `backup.progress` event while `vault.backup` runs and once at the end: done
 * (with the result), cancelled (nothing left on disk) or failed with a typed code.
 */
export interface BackupProgress {
  jobId: JobId;
  kind: 'backup';
  state: JobState;
  /** Database pages copied so far, and in all. */
  completed: number;
  total: number;
  result: BackupResult | null;
  error: { code: string; message: string } | null;
}
