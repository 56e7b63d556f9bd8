import { useEffect, useRef, useState } from 'react';
import type {
  DossierFormat,
  DossierOptionsInput,
  DossierProgress,
  DossierResult,
} from '../../../../shared/domain/dossier';
import type { JobId } from '../../../../shared/domain/job';
import { api } from '../../api';

export interface DossierExportRun {
  format: DossierFormat;
  /** The file's name as chosen in the save dialog (not its folder: nothing more on screen). */
  fileName: string;
  jobId: JobId | null;
  progress: DossierProgress | null;
}

/**
 * One export at a time: the save dialog, `dossier.export`, then the `dossier.progress` events of
 * that job. Events are kept from the moment the screen mounts, so a first event that arrives
 * before `dossier.export` has answered with the job's id is still found.
 *
 * Not a useMutation on purpose: React Query would keep the options, passwords included, in the
 * mutation's variables. They are built for this one call and dropped.
 */
export function useDossierExport() {
  const [events, setEvents] = useState<Partial<Record<JobId, DossierProgress>>>({});
  const [run, setRun] = useState<Omit<DossierExportRun, 'progress'> | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<unknown>(null);
  // Outlives closing the panel: which documents the last export left out, and why.
  const [kept, setKept] = useState<DossierResult | null>(null);
  const busy = useRef(false);

  useEffect(
    () =>
      api.events.on('dossier.progress', (progress) => {
        setEvents((current) => ({ ...current, [progress.jobId]: progress }));
      }),
    [],
  );

  const progress = run?.jobId ? (events[run.jobId] ?? null) : null;
  const running = run !== null && (progress === null || progress.state === 'running');
  const result = progress?.state === 'done' ? progress.result : null;

  const start = async (
    format: DossierFormat,
    suggestedName: string,
    options: () => DossierOptionsInput,
  ) => {
    if (busy.current) return;
    busy.current = true;
    setStarting(true);
    setStartError(null);
    setCancelError(null);
    try {
      const { path } = await api.dialogs.saveFile({ suggestedName });
      if (path === null) return;
      const fileName = path.split(/[\\/]/).at(-1) ?? path;
      setRun({ format, fileName, jobId: null });
      const { jobId } = await api.dossier.export({ options: options(), out: path, format });
      setRun({ format, fileName, jobId });
    } catch (error: unknown) {
      setRun(null);
      setStartError(error);
    } finally {
      busy.current = false;
      setStarting(false);
    }
  };

  const cancel = async () => {
    if (!run?.jobId) return;
    setCancelling(true);
    setCancelError(null);
    try {
      await api.jobs.cancel({ jobId: run.jobId });
    } catch (error: unknown) {
      setCancelError(error);
    } finally {
      setCancelling(false);
    }
  };

  return {
    run: run ? { ...run, progress } : null,
    /** The last finished export's result, still known after its panel is closed. */
    lastResult: result ?? kept,
    running,
    starting,
    error: startError ?? cancelError,
    cancelling,
    start,
    cancel: () => void cancel(),
    close: () => {
      if (result) setKept(result);
      setRun(null);
      setStartError(null);
      setCancelError(null);
    },
  };
}
