import { parentPort, type MessagePort } from 'node:worker_threads';
import { readBundleFonts } from './bundleFonts';
import type { FromWorker, TailMessage, ToWorker } from './bundleProtocol';
import { buildBundle, type Tail } from './buildBundle';
import { TailPart, type TailBody, type TailCopied, type TailFinish } from './tailPart';

/**
 * Worker entry of buildBundleInWorker: one bundle part per worker — the whole bundle ('start'),
 * or the tail of a large one ('startTail'). Originals are asked for one at a time ('need' →
 * 'original'); the finished PDF's buffer is transferred back, not copied.
 * Bundled as its own entry in the app (out/main/bundleWorker.js); run through tsx in tests and
 * the CLI.
 */

// See pdfTextWorker.ts: no source maps to parse when pdf.js is loaded for a password check.
process.setSourceMapsEnabled(false);

const port = parentPort;
if (!port) throw new Error('bundleWorker must run inside a worker thread.');

const waiting = new Map<number, (bytes: Uint8Array) => void>();
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);
const fetchFrom =
  (first: number) =>
  (index: number): Promise<Uint8Array> =>
    new Promise<Uint8Array>((resolve) => {
      waiting.set(first + index, resolve);
      send({ type: 'need', index: first + index });
    });
const reportProgress = (completed: number, total: number, current: string | null) =>
  send({ type: 'progress', completed, total, current });
const fail = (error: unknown) =>
  send({ type: 'failed', message: error instanceof Error ? error.name : 'unknown error' });

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'original':
      waiting.get(message.index)?.(message.bytes);
      waiting.delete(message.index);
      return;
    case 'start': {
      const { plan, fontDir, tail } = message;
      // Fonts are read inside the chain: a missing file fails the build instead of the thread.
      Promise.resolve()
        .then(() =>
          buildBundle(
            plan,
            fetchFrom(0),
            readBundleFonts(fontDir),
            reportProgress,
            tail ? remoteTail(tail.from, tail.port) : undefined,
          ),
        )
        .then((output) => {
          tail?.port.close();
          send({ type: 'done', output }, [output.bytes.buffer as ArrayBuffer]);
        }, fail);
      return;
    }
    case 'startTail': {
      const { plan, fontDir, from, port: head } = message;
      const documents = plan.sections.flatMap((section) => section.documents).slice(from);
      Promise.resolve()
        .then(async () => {
          const part = await TailPart.create(readBundleFonts(fontDir).regular);
          const copied = await part.copy(
            documents,
            fetchFrom(from),
            plan.include.annotations,
            reportProgress,
          );
          const replies = headReplies(head);
          head.postMessage({ type: 'copied', copied } satisfies TailMessage);
          const stamp = await replies.next('stamp');
          await part.stamp(plan.stamp, stamp.start);
          const body = part.finish((await replies.next('finish')).request);
          head.postMessage({ type: 'body', body } satisfies TailMessage, [
            body.bytes.buffer as ArrayBuffer,
          ]);
        })
        .catch(fail);
      return;
    }
  }
});

type Reply<T extends TailMessage['type']> = Extract<TailMessage, { type: T }>;

/**
 * Messages of the other worker in the order they come: each is kept until asked for, so one
 * that arrives before its `next` is not lost. A message of another type than asked is a bug:
 * the wait never ends and the step's time limit stops the export.
 */
function headReplies(port: MessagePort) {
  const arrived: TailMessage[] = [];
  let waiting: ((message: TailMessage) => void) | null = null;
  port.on('message', (message: TailMessage) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(message);
    } else arrived.push(message);
  });
  return {
    next<T extends TailMessage['type']>(type: T): Promise<Reply<T>> {
      return new Promise<TailMessage>((resolve) => {
        const first = arrived.shift();
        if (first) resolve(first);
        else waiting = resolve;
      }).then((message) =>
        message.type === type ? (message as Reply<T>) : new Promise<Reply<T>>(() => undefined),
      );
    },
  };
}

/** The head's view of the tail worker, over their own port. */
function remoteTail(from: number, tailPort: MessagePort): Tail {
  const replies = headReplies(tailPort);
  const copied = replies.next('copied');
  return {
    from,
    copied: (): Promise<TailCopied> => copied.then((message) => message.copied),
    stamp: (start: number) => tailPort.postMessage({ type: 'stamp', start } satisfies TailMessage),
    finish: (request: TailFinish): Promise<TailBody> => {
      tailPort.postMessage({ type: 'finish', request } satisfies TailMessage);
      return replies.next('body').then((message) => message.body);
    },
  };
}
