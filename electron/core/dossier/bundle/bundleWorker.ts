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
          const request = await new Promise<TailFinish>((resolve) => {
            head.once('message', (reply: TailMessage) => {
              if (reply.type === 'finish') resolve(reply.request);
            });
            head.postMessage({ type: 'copied', copied } satisfies TailMessage);
          });
          const body = await part.finish(plan.stamp, request);
          head.postMessage({ type: 'body', body } satisfies TailMessage, [
            body.bytes.buffer as ArrayBuffer,
          ]);
        })
        .catch(fail);
      return;
    }
  }
});

/** The head's view of the tail worker, over their own port. */
function remoteTail(from: number, tailPort: MessagePort): Tail {
  const next = <T extends TailMessage['type']>(type: T) =>
    new Promise<Extract<TailMessage, { type: T }>>((resolve) => {
      tailPort.once('message', (message: TailMessage) => {
        if (message.type === type) resolve(message as Extract<TailMessage, { type: T }>);
      });
    });
  const copied = next('copied');
  return {
    from,
    copied: (): Promise<TailCopied> => copied.then((message) => message.copied),
    finish: (request: TailFinish): Promise<TailBody> => {
      const body = next('body');
      tailPort.postMessage({ type: 'finish', request } satisfies TailMessage);
      return body.then((message) => message.body);
    },
  };
}
