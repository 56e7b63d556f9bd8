import fs from 'node:fs';
import path from 'node:path';
import type { OcrLang } from '../../../../shared/domain/ocr';
import { AppError } from '../../../../shared/errors';

/**
 * Where the trained data is: `<resources>/tessdata` in the packaged app (electron-builder
 * `extraResources`), `resources/tessdata` of the repository for the source tree, tests, the CLI
 * and an unpackaged `out/main`. Tesseract.js would otherwise fetch it from a CDN: the engine
 * refuses to start without a local folder (see createOcrEngine).
 */
export function resolveTessdataDir(from: string = __dirname): string | null {
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'tessdata'));
  let dir = from;
  for (let depth = 0; depth < 6; depth += 1) {
    candidates.push(path.join(dir, 'resources', 'tessdata'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return candidates.find((candidate) => fs.existsSync(trainedDataFile(candidate, 'eng'))) ?? null;
}

/** Tesseract.js reads `<langPath>/<lang>.traineddata.gz` when `gzip` is on (our setting). */
export function trainedDataFile(dir: string, lang: OcrLang): string {
  return path.join(dir, `${lang}.traineddata.gz`);
}

/**
 * Every language's file must be there before a worker starts: tesseract.js 7 never settles the
 * worker's promise when loading a language fails, so a missing file would look like a hang.
 */
export function assertTrainedData(dir: string, langs: readonly OcrLang[]): void {
  const missing = langs.filter((lang) => !fs.existsSync(trainedDataFile(dir, lang)));
  if (missing.length > 0) {
    throw new AppError('OCR_FAILED', 'The OCR language data is missing', {
      languages: missing.join('+'),
    });
  }
}
