/**
 * Child process of ocrEngine.test.ts, run with the network blocked (blockNetwork.cjs): recognises
 * one generated page through the engine, then proves the block works in a worker thread too.
 */
import { Worker } from 'node:worker_threads';
import { createOcrEngine } from '../../../../electron/core/ocr/engine/createOcrEngine';
import { renderTextPng, testTessdataDir } from './ocrTestData';

async function main(): Promise<void> {
  const engine = createOcrEngine({ tessdataDir: process.argv[2] ?? testTessdataDir(), size: 1 });
  try {
    const png = await renderTextPng(['Приговор суда вступил в законную силу']);
    const result = await engine.recognize(png, ['rus', 'kaz', 'eng']);
    process.stdout.write(
      `${JSON.stringify({ text: result.text, confidence: result.confidence })}\n`,
    );
  } finally {
    await engine.close();
  }
  // The control: a worker thread's fetch (of language data, on a reserved .invalid host) is refused
  // by the same preload.
  const blocked = await new Promise<string>((resolve) => {
    const worker = new Worker(
      "fetch('https://tessdata.invalid/eng.traineddata').then(() => process.exit(3), (e) => { require('node:worker_threads').parentPort.postMessage(String(e.message)); });",
      { eval: true },
    );
    const thread = worker.threadId;
    worker.on('message', (message: string) => resolve(`${message} (thread ${thread})`));
    worker.on('error', (error) => resolve(`${error.message} (thread ${thread})`));
  });
  process.stdout.write(`${JSON.stringify({ control: blocked })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`FAILED: ${String(error)}\n`);
  process.exit(1);
});
