import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseId } from '../../../../shared/domain/ids';
import type { ImportFileResult, JobId } from '../../../../shared/domain/job';
import { api, ApiError } from '../../api';
import { summarise, type RejectedFile } from './importSummary';
import { startingProgress, useImportJobs } from './useImportJobs';

/**
 * One case's import: the batch it starts (from the native dialog or from files dropped on the
 * page), its cancel, and second attempts at encrypted PDFs with their password.
 */
export function useDocumentImport(caseId: CaseId) {
  const jobs = useImportJobs();
  const [batch, setBatch] = useState<JobId | null>(null);
  // Second attempts by file path: the job importing that file again with its password.
  const [retries, setRetries] = useState<ReadonlyMap<string, JobId>>(new Map());
  const [asking, setAsking] = useState<RejectedFile | null>(null);
  const [retrying, setRetrying] = useState(false);
  const [retryError, setRetryError] = useState<unknown>(null);

  // Without paths, the native dialog asks for them; a drop brings its own.
  const start = useMutation({
    mutationFn: async (dropped?: readonly string[]) => {
      const paths = dropped ? [...dropped] : (await api.dialogs.openDocuments()).paths;
      if (paths.length === 0) return null;
      return api.documents.import({ caseId, paths });
    },
    onSuccess: (started) => {
      if (!started) return;
      setBatch(started.jobId);
      setRetries(new Map());
    },
  });
  const cancel = useMutation({ mutationFn: (jobId: JobId) => api.jobs.cancel({ jobId }) });

  const resolved = new Map<string, ImportFileResult>();
  for (const [path, jobId] of retries) {
    const retry = jobs[jobId];
    const result = retry?.state === 'done' ? retry.results[0] : undefined;
    if (result) resolved.set(path, result);
  }
  const progress = batch ? (jobs[batch] ?? startingProgress(batch)) : null;
  const summary = progress ? summarise(progress, resolved) : null;

  // The dialog closes by itself once its file is no longer among the rejected ones.
  const askingFor =
    asking && summary?.rejected.some((file) => file.path === asking.path) ? asking : null;
  const askingJob = askingFor ? retries.get(askingFor.path) : undefined;
  const askingProgress = askingJob ? jobs[askingJob] : undefined;
  const lastAttempt = askingFor ? resolved.get(askingFor.path) : undefined;
  const attemptRunning =
    askingJob !== undefined && (!askingProgress || askingProgress.state === 'running');
  const attemptBroke = askingProgress?.state === 'failed' || askingProgress?.state === 'cancelled';

  /**
   * Not a useMutation on purpose: React Query would keep the password in the mutation's
   * variables. It is passed to this one call and dropped.
   */
  const importWithPassword = async (file: RejectedFile, password: string) => {
    setRetrying(true);
    setRetryError(null);
    try {
      const { jobId } = await api.documents.import({
        caseId,
        paths: [file.path],
        pdfPassword: password,
      });
      setRetries((current) => new Map(current).set(file.path, jobId));
    } catch (error: unknown) {
      setRetryError(error);
    } finally {
      setRetrying(false);
    }
  };

  return {
    progress,
    summary,
    start,
    cancelling: cancel.isPending,
    cancelError: cancel.error,
    cancelBatch: () => {
      if (batch) cancel.mutate(batch);
    },
    close: () => {
      cancel.reset();
      setBatch(null);
      setRetries(new Map());
      setAsking(null);
    },
    password: {
      file: askingFor,
      busy: retrying || attemptRunning,
      error:
        retryError ??
        (lastAttempt?.outcome === 'rejected'
          ? new ApiError(lastAttempt.code, lastAttempt.code)
          : attemptBroke
            ? new ApiError('INTERNAL', 'The import stopped')
            : null),
      ask: (file: RejectedFile) => {
        setRetryError(null);
        setAsking(file);
      },
      submit: (password: string) => {
        if (askingFor) void importWithPassword(askingFor, password);
      },
      cancel: () => setAsking(null),
    },
  };
}
