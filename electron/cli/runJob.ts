import type { Core } from '../core/createCore';
import type { CasefileApi } from '../../shared/ipc/client';
import type { CommandContext } from './session';
import { valueOf } from './session';
import type { Result } from '../../shared/errors';

interface JobProgress {
  jobId: string;
  state: string;
}

export interface CliJob<P extends JobProgress> {
  /** The core's event that carries this job's progress (dossier.progress, backup.progress). */
  event: string;
  start: () => Promise<Result<{ jobId: string }>>;
  /** The terminal line for a running event. */
  line: (progress: P) => string;
  /** Said when Ctrl-C cancels (not with --json). */
  cancelling?: string;
}

/**
 * Runs a core job to its final event, showing its progress on a terminal (one line, rewritten),
 * and cancels it on Ctrl-C. Resolves with the final event: done, failed or cancelled.
 */
export async function runCliJob<P extends JobProgress>(
  core: Core,
  api: CasefileApi,
  context: CommandContext,
  job: CliJob<P>,
): Promise<P> {
  const showProgress = context.io.isTTY && !context.out.json;
  let final: P | null = null;
  let jobId: string | null = null;
  let wake: (() => void) | undefined;
  const unsubscribe = core.subscribe(job.event, (payload) => {
    const progress = payload as P;
    if (showProgress && progress.state === 'running') {
      context.out.say(`\r\u001b[2K${job.line(progress)}`);
    }
    if (progress.state !== 'running' && progress.jobId === jobId) {
      final = progress;
      wake?.();
    }
  });
  let cancel: (() => void) | undefined;
  let interrupted = false;
  const release = context.io.onInterrupt?.(() => {
    interrupted = true;
    if (job.cancelling && !context.out.json) context.out.say(`\n${job.cancelling}\n`);
    cancel?.();
  });
  try {
    jobId = (await valueOf(job.start())).jobId;
    cancel = () => void api.jobs.cancel({ jobId: jobId as never });
    if (interrupted) cancel();
    while (final === null) await new Promise<void>((resolve) => (wake = resolve));
    return final;
  } finally {
    if (showProgress) context.out.say('\r\u001b[2K');
    release?.();
    unsubscribe();
  }
}
