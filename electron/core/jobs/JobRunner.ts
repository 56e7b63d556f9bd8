import type { JobId } from '../../../shared/domain/job';

export interface JobContext {
  jobId: JobId;
  /** Aborted by cancel(jobId), by locking the vault and by close(). */
  signal: AbortSignal;
}

interface RunningJob {
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Runs long jobs (imports now; OCR, export and reindex later) off the request that started
 * them: start() answers with a job id at once, the job reports through its own events, and
 * cancel() aborts it through its AbortSignal. A job's work function never rejects the runner:
 * it must turn its own failures into a final `failed` event.
 */
export function createJobRunner(newId: () => string) {
  const running = new Map<JobId, RunningJob>();

  function start(work: (context: JobContext) => Promise<void>): JobId {
    const jobId = newId().toLowerCase() as JobId;
    const controller = new AbortController();
    // Started on the next tick, so the caller has the id (and can listen) before any event.
    const done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => work({ jobId, signal: controller.signal }))
      .catch(() => undefined)
      .finally(() => running.delete(jobId));
    running.set(jobId, { controller, done });
    return jobId;
  }

  /** `cancelled: false` when the job is unknown or already finished. */
  function cancel(jobId: JobId): { cancelled: boolean } {
    const job = running.get(jobId);
    if (!job || job.controller.signal.aborted) return { cancelled: false };
    job.controller.abort();
    return { cancelled: true };
  }

  function cancelAll(): void {
    for (const job of running.values()) job.controller.abort();
  }

  /** Resolves once every job started so far has ended (tests, orderly shutdown). */
  async function idle(): Promise<void> {
    await Promise.all([...running.values()].map((job) => job.done));
  }

  return {
    start,
    cancel,
    cancelAll,
    idle,
    get size() {
      return running.size;
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
