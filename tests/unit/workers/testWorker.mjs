// A plain-JS worker for WorkerPool tests (no tsx: starts in milliseconds).
// Speaks WorkerPool's protocol: {taskId, input} in, {taskId, ok, output | message} out.
import { parentPort } from 'node:worker_threads';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function handle(input) {
  switch (input.kind) {
    case 'echo':
      return input.value;
    case 'sleep':
      await sleep(input.ms);
      return input.ms;
    case 'hang': {
      // A parser stuck in a loop: never yields, so only terminate() can stop it.
      // With `shared`, it beats a counter so a test can see whether the thread still runs.
      const heartbeat = input.shared ? new Int32Array(input.shared) : null;
      for (;;) if (heartbeat) Atomics.add(heartbeat, 0, 1);
    }
    case 'oom': {
      const hoard = [];
      for (;;) hoard.push(new Array(100_000).fill({ n: hoard.length }));
    }
    case 'uncaught':
      setTimeout(() => {
        throw new Error('boom');
      }, 0);
      return sleep(10_000);
    case 'reject':
      throw new TypeError('bad input');
    case 'concurrency': {
      // counters[0] = running now, counters[1] = most ever running at once
      const counters = new Int32Array(input.shared);
      const running = Atomics.add(counters, 0, 1) + 1;
      let max = Atomics.load(counters, 1);
      while (running > max) {
        Atomics.compareExchange(counters, 1, max, running);
        max = Atomics.load(counters, 1);
      }
      await sleep(input.ms);
      Atomics.sub(counters, 0, 1);
      return running;
    }
    default:
      throw new Error(`unknown task ${input.kind}`);
  }
}

parentPort.on('message', ({ taskId, input }) => {
  handle(input).then(
    (output) => parentPort.postMessage({ taskId, ok: true, output }),
    (error) => parentPort.postMessage({ taskId, ok: false, message: error.name }),
  );
});
