import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool, type WorkerPoolOptions } from '../../../electron/core/workers/WorkerPool';

const TEST_WORKER = path.resolve(__dirname, 'testWorker.mjs');

type TestTask =
  | { kind: 'echo'; value: unknown }
  | { kind: 'sleep'; ms: number }
  | { kind: 'hang'; shared?: SharedArrayBuffer }
  | { kind: 'oom' }
  | { kind: 'uncaught' }
  | { kind: 'reject' }
  | { kind: 'concurrency'; shared: SharedArrayBuffer; ms: number };

let pools: WorkerPool[] = [];

function makePool(options: Partial<WorkerPoolOptions> = {}): WorkerPool {
  const pool = new WorkerPool({ workerPath: TEST_WORKER, size: 2, timeoutMs: 5_000, ...options });
  pools.push(pool);
  return pool;
}

function run<Output = unknown>(pool: WorkerPool, task: TestTask, signal?: AbortSignal) {
  return pool.run<Output>(task, { signal });
}

/** Resolves once a 'hang' task is really running in its worker. */
async function heartbeatStarted(shared: SharedArrayBuffer): Promise<void> {
  const beats = new Int32Array(shared);
  while (Atomics.load(beats, 0) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** True when the heartbeat of a 'hang' task stopped: its thread was really terminated. */
async function heartbeatStopped(shared: SharedArrayBuffer): Promise<boolean> {
  const beats = new Int32Array(shared);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const before = Atomics.load(beats, 0);
  await new Promise((resolve) => setTimeout(resolve, 100));
  return before > 0 && Atomics.load(beats, 0) === before;
}

afterEach(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
  pools = [];
});

describe('WorkerPool', () => {
  it('answers each task with its own result', async () => {
    const pool = makePool();
    const outcomes = await Promise.all(
      ['a', 'b', 'c', 'd'].map((value) => run(pool, { kind: 'echo', value })),
    );
    expect(outcomes).toEqual(['a', 'b', 'c', 'd'].map((value) => ({ ok: true, value })));
  });

  it('passes a task that throws back as a failure and keeps the worker', async () => {
    const pool = makePool({ size: 1 });
    expect(await run(pool, { kind: 'reject' })).toMatchObject({ ok: false, reason: 'failed' });
    expect(await run(pool, { kind: 'echo', value: 1 })).toEqual({ ok: true, value: 1 });
  });

  it('times out a hanging task, terminates its worker, and runs the next task', async () => {
    const pool = makePool({ size: 1, timeoutMs: 300 });
    await run(pool, { kind: 'echo', value: 'warm-up' }); // the time limit also covers start-up
    const started = Date.now();
    const shared = new SharedArrayBuffer(4);
    const hung = await run(pool, { kind: 'hang', shared });
    expect(hung).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(pool.workerCount).toBe(0);
    expect(await heartbeatStopped(shared)).toBe(true); // killed, not left spinning
    expect(await run(pool, { kind: 'echo', value: 'next' })).toEqual({ ok: true, value: 'next' });
  });

  it('fails only the task whose worker runs out of memory', async () => {
    const pool = makePool({ size: 2, maxOldGenerationSizeMb: 16, timeoutMs: 20_000 });
    const [oom, neighbour] = await Promise.all([
      run(pool, { kind: 'oom' }),
      run(pool, { kind: 'sleep', ms: 50 }),
    ]);
    expect(oom).toMatchObject({ ok: false, reason: 'crashed' });
    expect(oom.ok === false && oom.message).toMatch(/memory limit/);
    expect(neighbour).toEqual({ ok: true, value: 50 });
    expect(await run(pool, { kind: 'echo', value: 'after' })).toEqual({ ok: true, value: 'after' });
  });

  it('fails only the task whose worker dies of an uncaught error', async () => {
    const pool = makePool({ size: 1 });
    const crashed = await run(pool, { kind: 'uncaught' });
    expect(crashed).toMatchObject({ ok: false, reason: 'crashed' });
    expect(crashed.ok === false && crashed.message).not.toMatch(/boom|\//); // no detail, no path
    expect(await run(pool, { kind: 'echo', value: 2 })).toEqual({ ok: true, value: 2 });
  });

  it('cancels a queued task without touching the running one', async () => {
    const pool = makePool({ size: 1 });
    const running = run(pool, { kind: 'sleep', ms: 200 });
    const controller = new AbortController();
    const queued = run(pool, { kind: 'echo', value: 'never' }, controller.signal);
    controller.abort();
    expect(await queued).toMatchObject({ ok: false, reason: 'aborted' });
    expect(await running).toEqual({ ok: true, value: 200 });
  });

  it('cancels a running task by terminating its worker', async () => {
    const pool = makePool({ size: 1, timeoutMs: 20_000 });
    const controller = new AbortController();
    const shared = new SharedArrayBuffer(4);
    const hung = run(pool, { kind: 'hang', shared }, controller.signal);
    await heartbeatStarted(shared);
    controller.abort();
    const started = Date.now();
    expect(await hung).toMatchObject({ ok: false, reason: 'aborted' });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await heartbeatStopped(shared)).toBe(true);
    expect(await run(pool, { kind: 'echo', value: 3 })).toEqual({ ok: true, value: 3 });
  });

  it('refuses a task whose signal is already aborted', async () => {
    const pool = makePool();
    const outcome = await run(pool, { kind: 'echo', value: 0 }, AbortSignal.abort());
    expect(outcome).toMatchObject({ ok: false, reason: 'aborted' });
    expect(pool.workerCount).toBe(0);
  });

  it('never runs more tasks at once than its size', async () => {
    const pool = makePool({ size: 2 });
    const shared = new SharedArrayBuffer(8);
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => run(pool, { kind: 'concurrency', shared, ms: 80 })),
    );
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(new Int32Array(shared)[1]).toBe(2);
    expect(pool.workerCount).toBe(2);
  });

  it('sizes itself to the machine by default', () => {
    const pool = new WorkerPool({ workerPath: TEST_WORKER });
    expect(pool.size).toBeGreaterThanOrEqual(1);
    expect(new WorkerPool({ workerPath: TEST_WORKER, size: 0 }).size).toBe(1);
  });

  it('close() answers every task and leaves no worker behind', async () => {
    const pool = makePool({ size: 1, timeoutMs: 20_000 });
    const shared = new SharedArrayBuffer(4);
    const running = run(pool, { kind: 'hang', shared });
    const queued = run(pool, { kind: 'echo', value: 'queued' });
    await heartbeatStarted(shared);
    await pool.close();
    expect(await running).toMatchObject({ ok: false, reason: 'closed' });
    expect(await queued).toMatchObject({ ok: false, reason: 'closed' });
    expect(pool.workerCount).toBe(0);
    expect(await heartbeatStopped(shared)).toBe(true);
    expect(await run(pool, { kind: 'echo', value: 4 })).toMatchObject({ reason: 'closed' });
  });
});
