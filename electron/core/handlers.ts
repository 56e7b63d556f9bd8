import type { Handlers } from '../../shared/ipc/dispatch';
import { createCaseService } from './cases/caseService';
import { createHearingService } from './cases/hearingService';
import { createPartyService } from './cases/partyService';
import type { Clock } from './clock';
import type { DialogsPort } from './createCore';
import { createDocumentService } from './documents/documentService';
import { exportOriginal } from './documents/exportOriginal';
import { dossierHandlers } from './dossier/dossierRoutes';
import { buildOcr, type OcrCoreDeps } from './ocr/ocrRoutes';
import { vaultToolsHandlers } from './backup/vaultToolsRoutes';
import { auditHandlers } from './audit/auditRoutes';
import { withAuditTrail } from './audit/withAuditTrail';
import { assertCaseExists, maxImportBytesOf, runImportJob } from './documents/importJob';
import type { EventHub } from './events';
import { createJobRunner, type JobRunner } from './jobs/JobRunner';
import type { createSettingsStore } from './settings/settingsStore';
import { createSearchService } from './search/searchService';
import { createAnnotationService } from './annotations/annotationService';
import { countDependents, settleDependents } from './facts/documentDependents';
import { exportChronology } from './facts/exportChronology';
import { createFactService } from './facts/factService';
import { vaultPartialLedger } from './exports/partialLedger';
import { writeNewFile } from './exports/writeNewFile';
import { createNoteService } from './notes/noteService';
import { readTextFile } from './notes/readTextFile';
import type { PdfTextExtractor } from './workers/pdfText/createPdfTextExtractor';
import { toAppError } from './vault/sqliteErrors';
import type { VaultSession } from './vault/VaultSession';

export interface HandlerDeps {
  session: VaultSession;
  settings: ReturnType<typeof createSettingsStore>;
  clock: Clock;
  /** Long jobs; omitted → a runner of its own (then nothing cancels jobs on lock). */
  jobs?: JobRunner;
  /** Where job progress goes; omitted → nowhere. */
  events?: Pick<EventHub, 'emit'>;
  /** The PDF text extractor, created on first use; omitted or null → PDFs stored without text. */
  pdfExtractor?: () => PdfTextExtractor | null;
  /** Overrides the `maxImportMegabytes` setting (tests, CLI `--max-size-mb`). */
  maxImportBytes?: number;
  dialogs?: DialogsPort;
  /** OCR's engine and renderer (createCore); omitted → pages are queued, never read. */
  ocr?: OcrCoreDeps;
}

/** What the native dialogs answer where there are none (CLI, tests): "cancelled". */
const NO_DIALOGS: DialogsPort = {
  openDocuments: () => Promise.resolve([]),
  saveFile: () => Promise.resolve(null),
  openText: () => Promise.resolve(null),
  openDossier: () => Promise.resolve(null),
  openBackup: () => Promise.resolve(null),
};

/** The composition root: one handler per contract route, built from plain services. */
export function buildHandlers(deps: HandlerDeps): Handlers {
  const { session, settings, clock } = deps;
  const db = () => session.db();
  const cases = createCaseService(db, clock, () => settings.read().language ?? 'en');
  const parties = createPartyService(db, clock, cases);
  const hearings = createHearingService(db, clock, cases);
  const documents = createDocumentService(db, clock);
  const search = createSearchService(db);
  const jobs = deps.jobs ?? createJobRunner(() => clock.newId());
  const dialogs = deps.dialogs ?? NO_DIALOGS;
  const pdfExtractor = deps.pdfExtractor ?? (() => null);
  const language = () => settings.read().language ?? 'en';
  const notes = createNoteService(db, clock);
  const annotations = createAnnotationService(db, clock);
  const facts = createFactService(db, clock);
  const ocr = buildOcr({
    db,
    clock,
    jobs,
    events: deps.events,
    readOriginal: (id) => documents.readOriginal(id),
    settings: () => settings.read(),
    ocr: deps.ocr,
  });

  // Partial files of exports and backups, recorded so a crash's leftovers go at the next unlock.
  const partials = vaultPartialLedger(db);
  const vaultTools = vaultToolsHandlers({ session, jobs, events: deps.events, partials });

  // Every audited route (cases, document removal and export, passphrase, backup, restore) is
  // recorded by this wrapper, keyed by route name: electron/core/audit/routeAuditSpecs.ts.
  return withAuditTrail(deps, {
    'settings.get': () => settings.read(),
    'settings.update': (changes) => settings.update(changes),

    'vault.status': () => session.status(),
    'vault.create': ({ passphrase }) => session.create(passphrase),
    'vault.unlock': ({ passphrase }) => {
      const status = session.unlock(passphrase);
      partials.sweep();
      ocr.runner.resume(); // pages queued before a lock or a restart
      return status;
    },
    'vault.lock': () => session.lock('manual'),
    'vault.changePassphrase': ({ current, next }) =>
      session.changePassphrase(current, next, {
        onProgress: (completed, total) =>
          deps.events?.emit('vault.passphraseProgress', { completed, total }),
      }),

    'cases.list': (query) => cases.list(query),
    'cases.get': ({ id }) => cases.get(id),
    'cases.create': (fields) => cases.create(fields),
    'cases.update': ({ id, changes }) => cases.update(id, changes),
    'cases.archive': ({ id }) => cases.archive(id),
    'cases.unarchive': ({ id }) => cases.unarchive(id),
    'cases.delete': ({ id }) => cases.remove(id),

    'parties.add': (fields) => parties.add(fields),
    'parties.update': ({ id, changes }) => parties.update(id, changes),
    'parties.remove': ({ id }) => parties.remove(id),

    'hearings.add': (fields) => hearings.add(fields),
    'hearings.update': ({ id, changes }) => hearings.update(id, changes),
    'hearings.remove': ({ id }) => hearings.remove(id),
    'hearings.upcoming': (query) => hearings.upcoming(query),

    'documents.import': ({ caseId, paths, pdfPassword, metadata }) => {
      assertCaseExists(db(), caseId);
      const jobId = jobs.start(({ jobId: id, signal }) =>
        runImportJob(
          { caseId, paths, pdfPassword, metadata },
          {
            jobId: id,
            signal,
            db,
            clock,
            extractor: pdfExtractor,
            maxImportBytes: deps.maxImportBytes ?? maxImportBytesOf(settings.read()),
            emit: (progress) => deps.events?.emit('jobs.progress', progress),
            afterImport: (documentId) => ocr.runner.afterImport(documentId),
          },
        ),
      );
      return { jobId };
    },
    'documents.list': ({ caseId }) => documents.list(caseId),
    'documents.get': ({ id }) => documents.get(id),
    'documents.update': ({ id, changes }) => documents.update(id, changes),
    'documents.remove': ({ id, dependents }) => {
      const policy = dependents ?? { annotations: 'delete', facts: 'keep' };
      documents.remove(id, (document) =>
        settleDependents(db(), document, policy, notes, language()),
      );
      return { removed: true };
    },
    'documents.dependents': ({ id }) => countDependents(db(), id),
    'documents.content': ({ id }) => {
      const bytes = documents.readOriginal(id);
      return {
        mediaType: documents.get(id).mediaType,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      };
    },
    'documents.verify': ({ id }) => documents.verifyOriginal(id),
    'documents.exportOriginal': ({ id, path }) =>
      exportOriginal(documents.streamOriginal(id), path, documents.get(id).sha256, partials),

    'search.query': (input) => search.search(input),
    'search.snippets': (input) => search.snippets(input),
    'search.reindex': () => search.reindex(),

    'notes.list': ({ caseId }) => notes.list(caseId),
    'notes.get': ({ id }) => notes.get(id),
    'notes.create': (input) => notes.create(input),
    'notes.save': (input) => notes.save(input),
    'notes.remove': ({ id }) => notes.remove(id),
    'notes.history': ({ id }) => notes.history(id),
    'notes.version': ({ id, versionId }) => notes.version(id, versionId),
    'notes.restore': ({ id, versionId }) => notes.restore(id, versionId),

    'annotations.list': (query) => annotations.list(query),
    'annotations.create': (input) => annotations.create(input),
    'annotations.update': ({ id, changes }) => annotations.update(id, changes),
    'annotations.remove': ({ id }) => annotations.remove(id),

    'facts.list': ({ caseId }) => facts.list(caseId),
    'facts.get': ({ id }) => facts.get(id),
    'facts.create': (input) => facts.create(input),
    'facts.update': ({ id, changes }) => facts.update(id, changes),
    'facts.remove': ({ id }) => facts.remove(id),
    'facts.exportCsv': (input) => exportChronology(db(), facts, input, language(), partials),

    'dialogs.openDocuments': async () => ({ paths: await dialogs.openDocuments() }),
    'dialogs.openText': async ({ kind }) => {
      const file = await dialogs.openText(kind);
      return file === null ? null : readTextFile(file);
    },
    'exports.writeText': ({ path, text }) =>
      writeNewFile(path, Buffer.from(text, 'utf8'), partials),
    'dialogs.openBackup': async () => ({ path: await dialogs.openBackup() }),
    'dialogs.saveFile': async ({ suggestedName }) => ({
      path: await dialogs.saveFile(suggestedName),
    }),

    'jobs.cancel': ({ jobId }) => jobs.cancel(jobId),

    ...dossierHandlers({ db, clock, jobs, documents, events: deps.events, dialogs, partials }),
    ...ocr.handlers,
    ...vaultTools,
    'vault.restore': async (input) => {
      const status = await vaultTools['vault.restore'](input);
      if (status.state === 'unlocked') partials.sweep();
      ocr.runner.resume(); // the restored vault's queued pages
      return status;
    },
    ...auditHandlers({ db }),
  });
}

/**
 * Storage failures (disk full, unreadable file, corruption) surface as their own codes instead
 * of INTERNAL, whichever service hit them.
 */
export function withStorageErrors(handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [key, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[key] = async (input: never) => {
      try {
        return await handler(input);
      } catch (error) {
        throw toAppError(error, error as Error);
      }
    };
  }
  return wrapped as unknown as Handlers;
}
