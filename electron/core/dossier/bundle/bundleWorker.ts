import { parentPort } from 'node:worker_threads';
import { readBundleFonts } from './bundleFonts';
import type { FromWorker, ToWorker } from './bundleProtocol';
import { buildBundle } from './buildBundle';
import { installPdfLibSpeedups } from './pdfLibSpeedups';

/**
 * Worker entry of buildBundleInWorker: one bundle per worker. Originals are asked for one at a
 * time ('need' → 'original'); the finished PDF's buffer is transferred back, not copied.
 * Bundled as its own entry in the app (out/main/bundleWorker.js); run through tsx in tests and
 * the CLI.
 */

// See pdfTextWorker.ts: no source maps to parse when pdf.js is loaded for a password check.
process.setSourceMapsEnabled(false);
installPdfLibSpeedups();

const port = parentPort;
if (!port) throw new Error('bundleWorker must run inside a worker thread.');

const waiting = new Map<number, (bytes: Uint8Array) => void>();
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

port.on('message', (message: ToWorker) => {
  if (message.type === 'original') {
    waiting.get(message.index)?.(message.bytes);
    waiting.delete(message.index);
    return;
  }
  const fetchOriginal = (index: number) =>
    new Promise<Uint8Array>((resolve) => {
      waiting.set(index, resolve);
      send({ type: 'need', index });
    });
  const { plan, fontDir } = message;
  // Fonts are read inside the chain: a missing file fails the build instead of the thread.
  Promise.resolve()
    .then(() =>
      buildBundle(plan, fetchOriginal, readBundleFonts(fontDir), (completed, total, current) =>
        send({ type: 'progress', completed, total, current }),
      ),
    )
    .then(
      (output) => send({ type: 'done', output }, [output.bytes.buffer as ArrayBuffer]),
      (error: unknown) =>
        send({
          type: 'failed',
          message: error instanceof Error ? error.name : 'unknown error',
        }),
    );
});
