import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentId, DocumentMetadata, MediaType } from '../../../shared/domain/document';
import type { CaseId } from '../../../shared/domain/ids';
import type { ImportFileResult, ImportProgress, JobId, JobState } from '../../../shared/domain/job';
import { BYTES_PER_MEGABYTE, type Settings } from '../../../shared/domain/settings';
import { AppError, FILE_ERROR_CODES, type ErrorCode } from '../../../shared/errors';
import type { Clock } from '../clock';
import type { PdfTextExtractor } from '../workers/pdfText/createPdfTextExtractor';
import { detectMediaType } from './detectMediaType';
import { expandPaths, type ExpandedPath } from './expandPaths';
import type { Extraction } from './importDocument';
import { importAndRecord } from '../audit/recordImport';
import { toAppError } from '../vault/sqliteErrors';

/** Largest file an import accepts: the lawyer's setting, read when each import job starts. */
export function maxImportBytesOf(settings: Pick<Settings, 'maxImportMegabytes'>): number {
  return settings.maxImportMegabytes * BYTES_PER_MEGABYTE;
}

export interface ImportJobRequest {
  caseId: CaseId;
  paths: readonly string[];
  /** For this job only: handed to the extractor, never stored, logged or put in an event. */
  pdfPassword?: string;
  metadata?: Partial<DocumentMetadata>;
}

export interface ImportJobDeps {
  jobId: JobId;
  signal: AbortSignal;
  db: () => Database.Database;
  clock: Clock;
  /** Null: PDFs are stored without text (extraction null) — the core was given no worker. */
  extractor: () => PdfTextExtractor | null;
  maxImportBytes: number;
  emit: (progress: ImportProgress) => void;
  /** Told of each document stored (not duplicates): OCR queues its pages without text. */
  afterImport?: (documentId: DocumentId) => void;
  /** Files always read and extracted ahead of the one being stored; defaults to the core count. */
  lookahead?: number;
}

/**
 * Beyond `lookahead`, files are read ahead (up to 4 × lookahead) while their sizes add up to no
 * more than this: a worker that finished a small file takes the next one instead of waiting for a
 * slow file before it to be stored. Memory stays bounded by lookahead × the size limit plus this.
 */
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

/** Codes that reject one file of a batch; anything else (disk full, a locked vault) ends it. */
// An unreadable file (IO_ERROR) is that file's problem too.
const FILE_CODES = new Set<ErrorCode>([...FILE_ERROR_CODES, 'IO_ERROR']);

class Cancelled extends Error {}
/** The vault, not the file, failed (disk full, locked, case gone): the batch stops. */
class VaultFailure extends Error {}

const reject = (code: ErrorCode, message: string) => new AppError(code, message);

/** Refuses an import into a case that does not exist before a job is started for it. */
export function assertCaseExists(db: Database.Database, caseId: CaseId): void {
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) {
    throw new AppError('NOT_FOUND', 'No such case');
  }
}

/** Reads a file the user picked; a failure to read it rejects that file only. */
async function readFileWithin(file: string, maxBytes: number): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw reject('IO_ERROR', 'The file could not be read');
  }
  if (!stat.isFile()) throw reject('UNSUPPORTED_TYPE', 'Not a regular file');
  if (stat.size > maxBytes) throw reject('FILE_TOO_LARGE', 'The file is larger than the limit');
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw reject('IO_ERROR', 'The file could not be read');
  }
  // It may have grown between stat and read.
  if (bytes.length > maxBytes) throw reject('FILE_TOO_LARGE', 'The file is larger than the limit');
  return bytes;
}

async function extract(
  bytes: Buffer,
  mediaType: MediaType,
  deps: ImportJobDeps,
  signal: AbortSignal,
  password: string | undefined,
): Promise<Extraction | null> {
  if (mediaType === 'text/plain') {
    const text = new TextDecoder('utf-8').decode(bytes); // drops a BOM
    return { pageCount: 1, title: null, pages: [text] };
  }
  if (mediaType !== 'application/pdf') return null; // images: text comes with OCR
  const extractor = deps.extractor();
  if (!extractor) return null;
  let result;
  try {
    result = await extractor.extract(bytes, { password, signal });
  } catch (error) {
    if (signal.aborted) throw new Cancelled();
    throw error;
  }
  if (!result.ok) throw reject(result.code, result.message);
  return { pageCount: result.pageCount, title: result.title, pages: result.pages };
}

interface Prepared {
  name: string;
  bytes: Buffer;
  mediaType: MediaType;
  extraction: Extraction | null;
}

/** Reading, type detection and text extraction: the slow part, run ahead of storing. */
async function prepare(
  file: string,
  request: ImportJobRequest,
  deps: ImportJobDeps,
  signal: AbortSignal,
): Promise<Prepared> {
  const bytes = await readFileWithin(file, deps.maxImportBytes);
  const mediaType = detectMediaType(bytes);
  if (mediaType === 'empty') throw reject('EMPTY_FILE', 'The file is empty');
  if (mediaType === null) throw reject('UNSUPPORTED_TYPE', 'This kind of file is not supported');
  const extraction = await extract(bytes, mediaType, deps, signal, request.pdfPassword);
  return { name: path.basename(file), bytes, mediaType, extraction };
}

/** Stores one prepared file in its own transaction, in the batch's order. */
function commit(
  prepared: Prepared,
  request: ImportJobRequest,
  deps: ImportJobDeps,
): ImportFileResult {
  // A cancel that came during extraction: nothing more is committed.
  if (deps.signal.aborted) throw new Cancelled();
  const { name, bytes, mediaType, extraction } = prepared;
  let outcome;
  try {
    outcome = importAndRecord(deps.db(), deps.clock, {
      caseId: request.caseId,
      originalName: name,
      bytes,
      mediaType,
      extraction,
      metadata: request.metadata,
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'EMPTY_FILE') throw error;
    throw new VaultFailure('The vault could not store the file', { cause: error });
  }
  if (!outcome.duplicate) deps.afterImport?.(outcome.id);
  return outcome.duplicate
    ? { name, outcome: 'duplicate', documentId: outcome.existingId }
    : { name, outcome: 'imported', documentId: outcome.id, pageCount: outcome.pageCount };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );

/**
 * A batch import: every file is read, checked by content, its text extracted and stored in its
 * own transaction, so a cancel or a crash between files leaves only whole documents. Bad files
 * are reported and skipped; a progress event follows every file, and a final one says how the
 * batch ended (done, cancelled, or failed when the vault itself could not take more).
 */
export async function runImportJob(request: ImportJobRequest, deps: ImportJobDeps): Promise<void> {
  const results: ImportFileResult[] = [];
  let total = 0;
  // Why the batch stopped when the vault could not take more, so the lawyer reads "disk full".
  let failure: { code: ErrorCode; message: string } | null = null;
  const emit = (state: JobState, current: string | null) =>
    deps.emit({
      jobId: deps.jobId,
      kind: 'import',
      state,
      total,
      completed: results.length,
      current,
      results: [...results],
      ...(failure ? { error: failure } : {}),
    });

  let state: JobState = 'done';
  // Files are read and extracted ahead (one per worker) while earlier ones are stored, in order:
  // one file at a time left all but one PDF worker idle. Ends with the job, whatever ends it.
  const ahead = new AbortController();
  const stopAhead = () => ahead.abort();
  deps.signal.addEventListener('abort', stopAhead, { once: true });
  try {
    const files = await expandPaths(request.paths, deps.signal);
    total = files.length;
    if (deps.signal.aborted) throw new Cancelled();
    emit('running', files[0] ? path.basename(files[0].path) : null);
    const lookahead = Math.max(1, deps.lookahead ?? os.availableParallelism());
    const pending: { size: number; prepared: Promise<Settled<Prepared>> }[] = [];
    let bytesAhead = 0; // sizes of the files in `pending`, as expandPaths found them
    let started = 0;
    const fill = () => {
      for (; started < files.length; started += 1) {
        const entry = files[started] as ExpandedPath;
        const size = entry.size ?? 0;
        const room =
          pending.length < lookahead ||
          (pending.length < 4 * lookahead && bytesAhead + size <= READ_AHEAD_BYTES);
        if (!room) return;
        bytesAhead += size;
        pending.push({
          size,
          prepared:
            entry.error !== undefined
              ? Promise.resolve({
                  ok: false,
                  error: reject('IO_ERROR', 'The path could not be read'),
                })
              : settle(prepare(entry.path, request, deps, ahead.signal)),
        });
      }
    };
    fill();
    for (const [index, entry] of files.entries()) {
      if (deps.signal.aborted) throw new Cancelled();
      const head = pending.shift() as (typeof pending)[number];
      const prepared = await head.prepared;
      bytesAhead -= head.size;
      fill();
      try {
        if (!prepared.ok) throw prepared.error;
        results.push(commit(prepared.value, request, deps));
      } catch (error) {
        if (!(error instanceof AppError) || !FILE_CODES.has(error.code)) throw error;
        results.push({
          name: path.basename(entry.path),
          outcome: 'rejected',
          code: error.code,
          path: entry.path,
        });
      }
      const next = files[index + 1];
      emit('running', next ? path.basename(next.path) : null);
    }
  } catch (error) {
    state = error instanceof Cancelled || deps.signal.aborted ? 'cancelled' : 'failed';
    if (state === 'failed') {
      const cause = error instanceof VaultFailure ? error.cause : error;
      const info = toAppError(cause, new AppError('INTERNAL', 'The import stopped'));
      failure = { code: info.code, message: info.message };
    }
  } finally {
    deps.signal.removeEventListener('abort', stopAhead);
    ahead.abort();
  }
  emit(state, null);
}
