import { z } from 'zod';
import type { ErrorCode } from '../errors';
import type { DocumentId } from './ids';

export type JobId = string & { readonly __job: true };
export const jobIdSchema = z.uuid().transform((value) => value.toLowerCase() as JobId);

export const JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** What happened to one file of a batch import; a batch goes on past bad files. */
export type ImportFileResult =
  | { name: string; outcome: 'imported'; documentId: DocumentId; pageCount: number | null }
  | { name: string; outcome: 'duplicate'; documentId: DocumentId }
  | { name: string; outcome: 'rejected'; code: ErrorCode; path: string };

/**
 * Pushed as the `jobs.progress` event after every file and at the end. `results` holds every file
 * finished so far, so the last event is the batch's summary.
 */
export interface ImportProgress {
  jobId: JobId;
  kind: 'import';
  state: JobState;
  total: number;
  completed: number;
  /** The file being read now (its name, not its path). */
  current: string | null;
  results: ImportFileResult[];
  /** Why the batch stopped, on the final event of a 'failed' batch (DISK_FULL, VAULT_LOCKED…). */
  error?: { code: ErrorCode; message: string };
}
