import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcrEngine } from '../../../electron/core/ocr/engine/createOcrEngine';
import { AppError } from '../../../shared/errors';
import { renderTextPng, testTessdataDir } from './support/ocrTestData';

const tessdataDir = testTessdataDir();
const engine = createOcrEngine({ tessdataDir, size: 1 });
afterAll(() => engine.close());

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a failure');
}

describe('OCR engine (tesseract.js, trained data from disk)', () => {
  it('reads Russian and Kazakh text with word boxes and a confidence', async () => {
    const png = await renderTextPng([
      'Обвинительное заключение по уголовному делу',
      'Сот үкімі заңды күшіне енді',
    ]);
    const result = await engine.recognize(png, ['rus', 'kaz', 'eng']);
    expect(result.text).toContain('Обвинительное');
    expect(result.text).toContain('үкімі');
    expect(result.confidence).toBeGreaterThan(70);
    const word = result.words.find((candidate) => candidate.text === 'уголовному');
    expect(word).toBeDefined();
    expect(word!.bbox.x1).toBeGreaterThan(word!.bbox.x0);
    expect(word!.bbox.y1).toBeGreaterThan(word!.bbox.y0);
    expect(word!.confidence).toBeGreaterThan(50);
  }, 60_000);

  it('kills a page over its time limit with OCR_TIMEOUT and starts a new worker for the next', async () => {
    const png = await renderTextPng(['Постановление о прекращении дела']);
    const before = engine.workersStarted;
    const error = await failureOf(engine.recognize(png, ['rus'], { timeoutMs: 5 }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('OCR_TIMEOUT');
    const next = await engine.recognize(png, ['rus']);
    expect(next.text).toContain('Постановление');
    expect(engine.workersStarted).toBe(before + 2);
  }, 60_000);

  it('cancels a page through its AbortSignal, and the next page still reads', async () => {
    const png = await renderTextPng(['Ходатайство защитника удовлетворено']);
    const controller = new AbortController();
    const pending = engine.recognize(png, ['rus'], { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await failureOf(pending);
    expect((error as Error).name).toBe('AbortError');
    const next = await engine.recognize(png, ['rus']);
    expect(next.text).toContain('защитника');
  }, 60_000);

  it('refuses a language whose data is missing at once, instead of hanging', async () => {
    const empty = createOcrEngine({ tessdataDir: path.join(__dirname, 'no-such-folder') });
    const error = await failureOf(empty.recognize(new Uint8Array([1]), ['kaz']));
    expect((error as AppError).code).toBe('OCR_FAILED');
    expect((error as AppError).details).toEqual({ languages: 'kaz' });
    expect(empty.workersStarted).toBe(0);
    await empty.close();
  });

  it('makes no network request: recognition works in a process whose network is blocked', () => {
    const child = spawnSync(
      process.execPath,
      [
        '--require',
        'tsx/cjs',
        '--require',
        path.join(__dirname, 'support/blockNetwork.ts'),
        path.join(__dirname, 'support/recognizeOffline.ts'),
        tessdataDir,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.status, child.stderr).toBe(0);
    const [recognised, control] = child.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { text?: string; control?: string });
    const controlThread = /\(thread (\d+)\)/.exec(control?.control ?? '')?.[1];
    const attempts = child.stderr.split('\n').filter((line) => line.startsWith('NETWORK ATTEMPT'));
    // The only attempts are the control worker's own.
    expect(attempts.length).toBeGreaterThan(0);
    expect(attempts.filter((line) => !line.endsWith(`in thread ${controlThread}`))).toEqual([]);
    expect(recognised?.text).toContain('законную');
    // The block is real in worker threads (where tesseract.js would fetch its data) too.
    expect(control?.control).toContain('network blocked: fetch');
    // Both the tesseract worker and the control worker loaded the block.
    expect(
      child.stderr.match(/network blocked in thread [1-9]/g)?.length ?? 0,
    ).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
