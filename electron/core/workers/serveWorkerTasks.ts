import { parentPort } from 'node:worker_threads';

/**
 * The worker side of WorkerPool's protocol: one task at a time, `{taskId, input}` in,
 * `{taskId, ok, output | message}` out. A handler that throws fails only its task;
 * the message sent back is the error's name, never a stack (it would name paths).
 */
export function serveWorkerTasks<Input, Output>(handler: (input: Input) => Promise<Output>): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorkerTasks must run inside a worker thread.');
  port.on('message', (message: { taskId: number; input: Input }) => {
    const { taskId, input } = message;
    handler(input).then(
      (output) => port.postMessage({ taskId, ok: true, output }),
      (error: unknown) =>
        port.postMessage({
          taskId,
          ok: false,
          message: `The task failed: ${error instanceof Error ? error.name : 'unknown error'}.`,
        }),
    );
  });
}
