import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentId } from '../../../../shared/domain/document';
import type { JobId, JobState } from '../../../../shared/domain/job';
import type { OcrLang, OcrProgress } from '../../../../shared/domain/ocr';
import { AppError, type ErrorCode } from '../../../../shared/errors';
import type { Clock } from '../../clock';
import { indexDocument } from '../../search/index/indexRows';
import type { OcrEngine } from '../engine/createOcrEngine';
import type { OcrImage, OcrRenderer } from '../render';
import { languagesFor } from './ocrLanguages';
import { countPending, keyOf, nextPending, refreshStatus, type PageKey } from './ocrQueue';
import { markPageFailed, storeRecognisedPage } from './ocrStorage';

export interface OcrJobDeps {
  jobId: JobId;
  signal: AbortSignal;
  db: () => Database.Database;
  clock: Clock;
  engine: () => OcrEngine;
  renderer: () => OcrRenderer;
  /** The original, checked against its SHA-256 (documentService.readOriginal). */
  readOriginal: (documentId: DocumentId) => Uint8Array;
  /** The settings' default languages, for documents left on `auto`. */
  defaultLangs: () => readonly OcrLang[];
  /** Pages read at once: the engine's pool size. */
  concurrency: number;
  /** Render resolution; 300 dpi suits Tesseract. */
  dpi: number;
  emit: (progress: OcrProgress) => void;
}

/** Codes that fail one page; anything else (the vault locked, disk full) ends the job. */
const PAGE_CODES = new Set<ErrorCode>([
  'OCR_TIMEOUT',
  'OCR_FAILED',
  'PDF_MALFORMED',
  'PDF_ENCRYPTED',
  'PDF_PASSWORD_WRONG',
  'PDF_TIMEOUT',
  'IMAGE_MALFORMED',
  'UNSUPPORTED_TYPE',
  'NOT_FOUND',
  'VAULT_CORRUPT',
]);

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png']);

class Cancelled extends Error {}

/**
 * Reads every queued page, oldest first, `concurrency` at a time, until the queue is empty or
 * the job is cancelled (a lock, close(), ocr.cancel, jobs.cancel). A cancel leaves the page in
 * flight queued, so the next run reads it; a page the engine cannot read is marked failed and
 * the job goes on. Progress follows every page.
 */
export async function runOcrJob(deps: OcrJobDeps): Promise<void> {
  const busy = new Set<string>();
  const originals = new Map<string, Promise<Uint8Array>>();
  let completed = 0;
  let failed = 0;
  let current: PageKey | null = null;

  const emit = (state: JobState) =>
    deps.emit({
      jobId: deps.jobId,
      kind: 'ocr',
      state,
      completed,
      failed,
      remaining: state === 'running' ? safeCount(deps.db) : 0,
      documentId: (current?.documentId as DocumentId | undefined) ?? null,
      pageNo: current?.pageNo ?? null,
    });

  async function imageOf(page: PageKey, mediaType: string): Promise<OcrImage & { scale: number }> {
    const renderer = deps.renderer();
    if (IMAGE_TYPES.has(mediaType)) {
      // Its scale is 1 unless the photo was shrunk to OCR_MAX_PIXELS: boxes map back through it.
      return renderer.imageForOcr(await original(page.documentId), { signal: deps.signal });
    }
    return renderer.renderPageForOcr(await original(page.documentId), page.pageNo - 1, {
      dpi: deps.dpi,
      signal: deps.signal,
    });
  }

  /** One document's bytes, read once while its pages are being read. */
  function original(documentId: string): Promise<Uint8Array> {
    let bytes = originals.get(documentId);
    if (!bytes) {
      bytes = Promise.resolve().then(() => deps.readOriginal(documentId as DocumentId));
      originals.set(documentId, bytes);
    }
    return bytes;
  }

  async function readPage(page: PageKey): Promise<void> {
    const db = deps.db();
    const mediaType = db
      .prepare('SELECT media_type FROM documents WHERE id = ?')
      .pluck()
      .get(page.documentId) as string | undefined;
    if (!mediaType) return; // deleted meanwhile: its queue rows went with it
    current = page;
    refreshStatus(db, page.documentId, deps.clock.nowIso(), true);
    emit('running');
    const langs = languagesFor(db, page.documentId, deps.defaultLangs());
    try {
      const image = await imageOf(page, mediaType);
      const recognition = await deps.engine().recognize(image.png, langs, { signal: deps.signal });
      if (deps.signal.aborted) throw new Cancelled();
      const stored = storeRecognisedPage(
        deps.db(),
        page,
        { ...recognition, imageScale: image.scale },
        langs,
        deps.clock.nowIso(),
      );
      if (stored) completed += 1;
    } catch (error) {
      if (deps.signal.aborted) throw new Cancelled();
      if (!(error instanceof AppError) || !PAGE_CODES.has(error.code)) throw error;
      markPageFailed(deps.db(), page, error.code, deps.clock.nowIso());
      failed += 1;
    }
    finishDocument(page.documentId);
    emit('running');
  }

  /** After a document's last queued page: its final status, and its page rows rewritten together. */
  function finishDocument(documentId: string): void {
    const db = deps.db();
    const othersBusy = [...busy].some((key) => key.startsWith(`${documentId}#`));
    const status = refreshStatus(db, documentId, deps.clock.nowIso(), othersBusy);
    if (status === 'pending' || status === 'running') return;
    originals.delete(documentId);
    db.transaction(() => indexDocument(db, documentId, { pages: true })).immediate();
  }

  async function lane(): Promise<void> {
    for (;;) {
      if (deps.signal.aborted) throw new Cancelled();
      const [page] = nextPending(deps.db(), busy);
      if (!page) return;
      busy.add(keyOf(page));
      try {
        await readPage(page);
      } finally {
        busy.delete(keyOf(page));
      }
    }
  }

  let state: JobState = 'done';
  try {
    emit('running');
    await Promise.all(Array.from({ length: Math.max(1, deps.concurrency) }, lane));
  } catch (error) {
    state = error instanceof Cancelled || deps.signal.aborted ? 'cancelled' : 'failed';
  }
  if (state !== 'done') settleRunning(deps);
  current = null;
  emit(state);
}

/** A document left `running` by a stopped job shows `pending`: its pages are still queued. */
function settleRunning(deps: OcrJobDeps): void {
  try {
    const db = deps.db();
    const ids = db
      .prepare("SELECT document_id FROM ocr_documents WHERE status = 'running'")
      .pluck()
      .all() as string[];
    for (const id of ids) refreshStatus(db, id, deps.clock.nowIso());
  } catch (error) {
    // The vault was locked: unlocking shows each document's status from its queued pages.
    if (!(error instanceof AppError) || error.code !== 'VAULT_LOCKED') throw error;
  }
}

function safeCount(db: () => Database.Database): number {
  try {
    return countPending(db());
  } catch {
    return 0; // locked between pages; the final event says how the job ended
  }
}
