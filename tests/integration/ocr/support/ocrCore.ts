import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Core, CoreOptions } from '../../../../electron/core/createCore';
import { applyCipher } from '../../../../electron/core/vault/pragmas';
import type { CaseId, DocumentId } from '../../../../shared/domain/ids';
import type { ImportProgress } from '../../../../shared/domain/job';
import type { OcrProgress } from '../../../../shared/domain/ocr';
import type { CasefileApi } from '../../../../shared/ipc/client';
import { expectOk, PASSPHRASE } from '../../../support/coreFixture';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from '../../workers/pdfTextWorkerPath';
import { testTessdataDir } from './ocrTestData';

/** Core options of an OCR test: the real PDF text worker, one Tesseract worker, test data. */
export function ocrCoreOptions(ocr: CoreOptions['ocr'] = {}): Partial<CoreOptions> {
  return {
    pdfWorker: { path: PDF_TEXT_WORKER, execArgv: TSX_EXEC_ARGV },
    ocr: { tessdataDir: testTessdataDir(), workers: 1, ...ocr },
  };
}

/** Imports files into a case through the import job and waits for its last event. */
export async function importFiles(
  core: Core,
  api: CasefileApi,
  caseId: CaseId,
  paths: string[],
): Promise<DocumentId[]> {
  const finished = new Promise<ImportProgress>((resolve) => {
    const stop = core.subscribe('jobs.progress', (payload) => {
      const progress = payload as ImportProgress;
      if (progress.state === 'running') return;
      stop();
      resolve(progress);
    });
  });
  expectOk(await api.documents.import({ caseId, paths }));
  const progress = await finished;
  return progress.results.map((result) => {
    if (result.outcome !== 'imported') throw new Error(`Not imported: ${result.outcome}`);
    return result.documentId;
  });
}

/** Resolves with the next OCR job's last event (done, cancelled or failed). */
export function nextOcrEnd(core: Core): Promise<OcrProgress> {
  return new Promise((resolve) => {
    const stop = core.subscribe('ocr.progress', (payload) => {
      const progress = payload as OcrProgress;
      if (progress.state === 'running') return;
      stop();
      resolve(progress);
    });
  });
}

/** Rows of a locked vault, read with the passphrase (the core must be closed). */
export function readVault<T>(vaultPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(vaultPath, { readonly: true });
  try {
    applyCipher(db, PASSPHRASE);
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}
