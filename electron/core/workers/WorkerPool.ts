import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * A pool of worker_threads for work on untrusted input (ARCHITECTURE.md, "Untrusted input").
 *
 * Each task runs alone in one worker, under a time limit and the worker's `resourceLimits`.
 * A task over its time is answered with `{ok:false, reason:'timeout'}` and its worker is
 * terminated (a hang is killed, not waited on); a worker that dies (out of memory, crash)
 * fails only its own task. Replacement workers start on demand.
 *
 * Worker protocol (see `serveWorkerTasks.ts`): the pool posts `{taskId, input}` and the
 * worker answers `{taskId, ok:true, output}` or `{taskId, ok:false, message}`.
 */

export interface WorkerPoolOptions {
  /** Script the workers run: the .ts source in tests (with tsx), the bundled .js in the app. */
  workerPath: string;
  /** E.g. `['--require', 'tsx/cjs']` to run a TypeScript worker; none for bundled JS. */
  execArgv?: string[];
  /** Number of workers; defaults to `os.availableParallelism()`. */
  size?: number;
  /** Time limit per task, from hand-over to a worker until its answer. */
  timeoutMs?: number;
  /** V8 old-generation heap limit per worker. */
  maxOldGenerationSizeMb?: number;
}

export type TaskFailureReason = 'timeout' | 'crashed' | 'aborted' | 'closed' | 'failed';

export type TaskOutcome<Output> =
  { ok: true; value: Output } | { ok: false; reason: TaskFailureReason; message: string };

interface Task {
  taskId: number;
  input: unknown;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  settle: (outcome: TaskOutcome<unknown>) => void;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
  timer: NodeJS.Timeout | undefined;
}

interface WorkerReply {
  taskId: number;
  ok: boolean;
  output?: unknown;
  message?: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_OLD_GENERATION_MB = 512;

export class WorkerPool {
  readonly size: number;
  private readonly workerPath: string;
  private readonly execArgv: string[];
  private readonly timeoutMs: number;
  private readonly maxOldGenerationSizeMb: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  /** Workers being terminated; close() waits for them so no handle outlives the pool. */
  private readonly terminating = new Set<Promise<number>>();
  private nextTaskId = 1;
  private closed = false;

  constructor(options: WorkerPoolOptions) {
    this.workerPath = options.workerPath;
    this.execArgv = options.execArgv ?? [];
    this.size = Math.max(1, Math.floor(options.size ?? os.availableParallelism()));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxOldGenerationSizeMb = options.maxOldGenerationSizeMb ?? DEFAULT_MAX_OLD_GENERATION_MB;
  }

  /** Runs one task; never rejects: every failure is a typed outcome. */
  run<Output>(
    input: unknown,
    options: { signal?: AbortSignal } = {},
  ): Promise<TaskOutcome<Output>> {
    const { signal } = options;
    if (this.closed) return Promise.resolve(failure('closed', 'The worker pool is closed.'));
    if (signal?.aborted) return Promise.resolve(failure('aborted', 'The task was cancelled.'));
    return new Promise<TaskOutcome<Output>>((resolve) => {
      const task: Task = {
        taskId: this.nextTaskId++,
        input,
        signal,
        onAbort: undefined,
        settle: (outcome) => {
          if (task.onAbort) signal?.removeEventListener('abort', task.onAbort);
          resolve(outcome as TaskOutcome<Output>);
        },
      };
      if (signal) {
        task.onAbort = () => this.abort(task);
        signal.addEventListener('abort', task.onAbort, { once: true });
      }
      this.queue.push(task);
      this.dispatch();
    });
  }

  /** Number of live workers (for tests and diagnostics). */
  get workerCount(): number {
    return this.slots.size;
  }

  /** Terminates every worker; queued and running tasks are answered with `closed`. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) {
      task.settle(failure('closed', 'The worker pool is closed.'));
    }
    for (const slot of [...this.slots]) {
      const task = slot.task;
      this.retire(slot);
      task?.settle(failure('closed', 'The worker pool is closed.'));
    }
    await Promise.all([...this.terminating]);
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0) {
      let slot = [...this.slots].find((candidate) => candidate.task === undefined);
      if (!slot) {
        if (this.slots.size >= this.size) return;
        slot = this.spawn();
      }
      const task = this.queue.shift() as Task;
      this.start(slot, task);
    }
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.timer = setTimeout(() => {
      this.retire(slot);
      task.settle(failure('timeout', `The task took longer than ${this.timeoutMs} ms.`));
      this.dispatch();
    }, this.timeoutMs);
    slot.worker.postMessage({ taskId: task.taskId, input: task.input });
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerPath, {
      execArgv: this.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.maxOldGenerationSizeMb },
      // Not piped to our stdout/stderr: a parser's warnings may quote file contents or paths.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker, task: undefined, timer: undefined };
    this.slots.add(slot);
    worker.on('message', (reply: WorkerReply) => {
      const task = slot.task;
      if (!task || reply.taskId !== task.taskId) return;
      clearTimeout(slot.timer);
      slot.task = undefined;
      slot.timer = undefined;
      task.settle(
        reply.ok
          ? { ok: true, value: reply.output }
          : failure('failed', reply.message ?? 'The task failed.'),
      );
      this.dispatch();
    });
    // 'error' (uncaught exception, ERR_WORKER_OUT_OF_MEMORY) is followed by 'exit'.
    worker.on('error', (error: Error) => this.onWorkerDied(slot, describeDeath(error)));
    worker.on('exit', (exitCode) =>
      this.onWorkerDied(slot, `The worker stopped unexpectedly (exit code ${exitCode}).`),
    );
    return slot;
  }

  private onWorkerDied(slot: Slot, message: string): void {
    if (!this.slots.has(slot)) return;
    const task = slot.task;
    this.retire(slot);
    task?.settle(failure('crashed', message));
    this.dispatch();
  }

  private abort(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
    } else {
      const slot = [...this.slots].find((candidate) => candidate.task === task);
      if (!slot) return;
      this.retire(slot);
    }
    task.settle(failure('aborted', 'The task was cancelled.'));
    this.dispatch();
  }

  /** Takes a worker out of the pool and terminates it without waiting on its current task. */
  private retire(slot: Slot): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.timer = undefined;
    slot.worker.removeAllListeners('message');
    const done = slot.worker.terminate().catch(() => -1);
    this.terminating.add(done);
    void done.finally(() => this.terminating.delete(done));
  }
}

function failure(reason: TaskFailureReason, message: string): TaskOutcome<never> {
  return { ok: false, reason, message };
}

function describeDeath(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'The worker exceeded its memory limit.';
  // The message of an uncaught error inside the worker; no stack (it names paths).
  return `The worker crashed: ${error.name}.`;
}
