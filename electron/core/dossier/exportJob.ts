import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  DossierFormat,
  DossierOptions,
  DossierProgress,
  DossierResult,
} from '../../../shared/domain/dossier';
import type { JobId, JobState } from '../../../shared/domain/job';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import type { DocumentService } from '../documents/documentService';
import type { PartialLedger } from '../exports/partialLedger';
import { writeNewFile } from '../exports/writeNewFile';
import { toAppError } from '../vault/sqliteErrors';
import type { BuildBundleOptions } from './bundle/buildBundleInWorker';
import type { BundleOutput, BundlePlan } from './bundle/bundleTypes';
import { buildDossierPlan, type PlannedDocument } from './buildPlan';
import { assertNewTarget } from '../exports/placeNewFile';
import { writeDossierZip } from './writeDossierZip';
import { recordDossierExport } from '../audit/recordDossierExport';

export interface DossierExportRequest {
  options: DossierOptions;
  /** Absolute; never overwritten. */
  out: string;
  format: DossierFormat;
}

export type BuildBundle = (
  plan: BundlePlan,
  readOriginal: (documentId: string) => Uint8Array,
  options: BuildBundleOptions,
) => Promise<BundleOutput>;

export interface DossierJobDeps {
  jobId: JobId;
  signal: AbortSignal;
  db: () => Database.Database;
  clock: Clock;
  documents: Pick<DocumentService, 'readOriginal' | 'streamOriginal'>;
  buildBundle: BuildBundle;
  appVersion: string;
  emit: (progress: DossierProgress) => void;
  /** Records the output's partial file while it exists. */
  partials: PartialLedger;
}

/** Checked when the export is asked for, so a mistake is an error of the call, not of a job. */
export function assertExportable(request: { out: string }): void {
  assertNewTarget(request.out);
}

/**
 * One dossier export: reads the plan from the vault, builds the bundle in its worker, then
 * writes the PDF, or the ZIP with the originals streamed one at a time, to a new file. Progress
 * follows every document; the final event says done (with the result and the file's SHA-256),
 * cancelled (nothing is left on disk) or failed with a typed code. Never rejects.
 */
export async function runDossierExport(
  request: DossierExportRequest,
  deps: DossierJobDeps,
): Promise<void> {
  const { signal } = deps;
  const documentsTotal = request.options.sections.reduce(
    (sum, section) => sum + section.documentIds.length,
    0,
  );
  // Bundle steps (the builder's own count replaces the guess once it reports), then packing:
  // one per original in a ZIP and one for writing the file.
  const packing = request.format === 'zip' ? documentsTotal + 1 : 1;
  let bundleTotal = documentsTotal + 1;
  let completed = 0;
  const emit = (
    state: JobState,
    current: string | null,
    outcome: Pick<DossierProgress, 'result' | 'error'> = { result: null, error: null },
  ) =>
    deps.emit({
      jobId: deps.jobId,
      kind: 'dossier',
      state,
      completed,
      total: bundleTotal + packing,
      current,
      ...outcome,
    });

  try {
    emit('running', null);
    const exportedAt = deps.clock.nowIso();
    const { plan, documents } = buildDossierPlan(deps.db(), request.options, {
      generatedAt: exportedAt,
      appVersion: deps.appVersion,
    });
    const bundle = await deps.buildBundle(
      plan,
      (documentId) => deps.documents.readOriginal(documentId as PlannedDocument['id']),
      {
        signal,
        onProgress: (done, total, current) => {
          completed = done;
          bundleTotal = total;
          emit('running', current);
        },
      },
    );
    completed = bundleTotal;
    if (signal.aborted) throw cancelled();
    emit('running', null);
    const written =
      request.format === 'pdf'
        ? await writePdf(request.out, bundle, deps.partials)
        : await writeDossierZip({
            partials: deps.partials,
            target: request.out,
            bundle,
            documents,
            caseInfo: plan.case,
            language: plan.language,
            exportedAt,
            appVersion: deps.appVersion,
            original: (document) => deps.documents.streamOriginal(document.id),
            signal,
            onOriginal: (document) => {
              completed += 1;
              emit('running', document.title);
            },
          });
    completed = bundleTotal + packing;
    const result: DossierResult = {
      out: request.out,
      format: request.format,
      pages: bundle.pages,
      documents: bundle.entries.filter((entry) => entry.firstPage !== null).length,
      sha256: written.sha256,
      entries: bundle.entries,
      excluded: bundle.excluded.map((entry) => ({
        ...entry,
        documentId: entry.documentId as DossierResult['excluded'][number]['documentId'],
      })),
    };
    recordDossierExport(deps.db(), deps.clock, request.options.caseId, result);
    emit('done', null, { result, error: null });
  } catch (error) {
    if (signal.aborted) {
      emit('cancelled', null);
      return;
    }
    const failure = toAppError(
      error,
      new AppError('INTERNAL', 'The dossier could not be exported'),
    );
    emit('failed', null, { result: null, error: { code: failure.code, message: failure.message } });
  }
}

const cancelled = () => new AppError('INTERNAL', 'The dossier export was cancelled');

async function writePdf(
  out: string,
  bundle: BundleOutput,
  partials: PartialLedger,
): Promise<{ sha256: string }> {
  const bytes = Buffer.from(bundle.bytes.buffer, bundle.bytes.byteOffset, bundle.bytes.byteLength);
  await writeNewFile(out, bytes, partials);
  return { sha256: createHash('sha256').update(bytes).digest('hex') };
}
