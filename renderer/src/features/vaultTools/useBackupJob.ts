import { useEffect, useRef, useState } from 'react';
import type { BackupProgress } from '../../../../shared/domain/backup';
import type { JobId } from '../../../../shared/domain/job';
import { api } from '../../api';

/**
 * One backup at a time: the save dialog, `vault.backup`, then that job's `backup.progress`
 * events (kept from mount, so an event that beats the job id is still found). Not a useMutation:
 * React Query would keep the passphrases in the mutation's variables.
 */
export function useBackupJob() {
  const [events, setEvents] = useState<Partial<Record<JobId, BackupProgress>>>({});
  const [jobId, setJobId] = useState<JobId | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const busy = useRef(false);

  useEffect(
    () =>
      api.events.on('backup.progress', (progress) => {
        setEvents((current) => ({ ...current, [progress.jobId]: progress }));
      }),
    [],
  );

  const progress = jobId ? (events[jobId] ?? null) : null;
  const running = jobId !== null && (progress === null || progress.state === 'running');

  const start = async (suggestedName: string, passphrase: string, newPassphrase: string) => {
    if (busy.current) return;
    busy.current = true;
    setStarting(true);
    setError(null);
    try {
      const { path } = await api.dialogs.saveFile({ suggestedName });
      if (path === null) return;
      const started = await api.vault.backup({
        out: path,
        passphrase,
        ...(newPassphrase.length > 0 ? { newPassphrase } : {}),
      });
      setJobId(started.jobId);
    } catch (failure: unknown) {
      setJobId(null);
      setError(failure);
    } finally {
      busy.current = false;
      setStarting(false);
    }
  };

  const cancel = async () => {
    if (!jobId) return;
    try {
      await api.jobs.cancel({ jobId });
    } catch (failure: unknown) {
      setError(failure);
    }
  };

  return { progress, running, starting, error, start, cancel: () => void cancel() };
}
