import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ImportProgress, JobId } from '../../../../shared/domain/job';
import { api } from '../../api';
import { documentKeys } from './queries';

/**
 * The latest `jobs.progress` of every import this screen has seen, by job. Events are kept from
 * the moment the section mounts, so a job's first event may arrive before `documents.import`
 * has answered with its id and still be found.
 *
 * The state lives in the case page, which the lock unmounts: nothing of an import (file names,
 * outcomes) outlives a lock.
 */
export function useImportJobs(): Partial<Record<JobId, ImportProgress>> {
  const queryClient = useQueryClient();
  const [jobs, setJobs] = useState<Partial<Record<JobId, ImportProgress>>>({});

  useEffect(
    () =>
      api.events.on('jobs.progress', (progress) => {
        if (progress.kind !== 'import') return;
        setJobs((current) => ({ ...current, [progress.jobId]: progress }));
        // Every event follows a finished file or ends the batch: the list shows each new document
        // as soon as it is stored, and the final state once the batch is over.
        const last = progress.results.at(-1);
        if (last?.outcome === 'imported' || progress.state !== 'running') {
          void queryClient.invalidateQueries({ queryKey: documentKeys.all });
        }
      }),
    [queryClient],
  );

  return jobs;
}

/**
 * Shown from the moment the import starts until the core's first event for it arrives; a total
 * of 0 shows the bar as indeterminate (folders are only counted by the core).
 */
export const startingProgress = (jobId: JobId): ImportProgress => ({
  jobId,
  kind: 'import',
  state: 'running',
  total: 0,
  completed: 0,
  current: null,
  results: [],
});
