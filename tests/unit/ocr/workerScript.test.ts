import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  tesseractWorkerScript,
  unpackedPath,
} from '../../../electron/core/ocr/engine/workerScript';

describe('the tesseract.js worker script', () => {
  it('is loaded from app.asar.unpacked in the packaged app', () => {
    expect(
      unpackedPath(
        '/opt/Casefile/resources/app.asar/node_modules/tesseract.js/src/worker-script/node/index.js',
        '/',
      ),
    ).toBe(
      '/opt/Casefile/resources/app.asar.unpacked/node_modules/tesseract.js/src/worker-script/node/index.js',
    );
    expect(
      unpackedPath('C:\\Casefile\\resources\\app.asar\\node_modules\\tesseract.js\\x.js', '\\'),
    ).toBe('C:\\Casefile\\resources\\app.asar.unpacked\\node_modules\\tesseract.js\\x.js');
  });

  it('is the package\u2019s own script, unchanged, outside an archive', () => {
    const script = tesseractWorkerScript();
    expect(script).not.toContain('app.asar');
    expect(fs.existsSync(script)).toBe(true);
  });
});
