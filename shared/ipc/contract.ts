import { z } from 'zod';
import {
  caseChangesSchema,
  caseFieldsSchema,
  caseListQuerySchema,
  hearingChangesSchema,
  hearingInputSchema,
  partyChangesSchema,
  partyInputSchema,
  upcomingQuerySchema,
  type CaseDetail,
  type CaseSummary,
  type Hearing,
  type Party,
  type UpcomingItem,
} from '../domain/case';
import {
  caseIdSchema,
  documentIdSchema,
  hearingIdSchema,
  partyIdSchema,
  noteIdSchema,
  annotationIdSchema,
  factIdSchema,
  type CaseId,
} from '../domain/ids';
import {
  documentChangesSchema,
  documentMetadataSchema,
  type DocumentContent,
  type DocumentDetail,
  type DocumentSummary,
  type VerifyOutcome,
} from '../domain/document';
import {
  searchInputSchema,
  snippetsInputSchema,
  type PageSnippet,
  type SearchResult,
} from '../domain/search';
import {
  noteCreateSchema,
  noteSaveSchema,
  type Note,
  type NoteSummary,
  type NoteVersion,
  type NoteVersionDetail,
} from '../domain/note';
import {
  annotationChangesSchema,
  annotationInputSchema,
  annotationListSchema,
  type Annotation,
} from '../domain/annotation';
import {
  documentDependentsPolicySchema,
  factChangesSchema,
  factInputSchema,
  type DocumentDependents,
  type Fact,
} from '../domain/fact';
import { jobIdSchema, type ImportProgress, type JobId } from '../domain/job';
import { settingsChangesSchema, type Settings } from '../domain/settings';
import { passphraseSchema, type LockReason, type VaultStatus } from '../domain/vault';
import {
  DOSSIER_FORMATS,
  dossierOptionsSchema,
  type DossierProgress,
  type DossierVerifyReport,
} from '../domain/dossier';
import { auditListQuerySchema, type AuditPage, type AuditVerifyReport } from '../domain/audit';
import type { BackupProgress } from '../domain/backup';
import type { IntegrityReport } from '../domain/integrity';
import {
  ocrCancelInputSchema,
  ocrLanguageChoiceSchema,
  ocrRunInputSchema,
  type OcrCaseStatus,
  type OcrDocumentStatus,
  type OcrPageWords,
  type OcrProgress,
} from '../domain/ocr';
import { defineContract, route, type } from './defineContract';

const none = z.undefined();

/** An absolute file path (POSIX or Windows), without NUL bytes. */
const filePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine(
    (value) => !value.includes('\0') && (/^[/\\]/.test(value) || /^[A-Za-z]:[/\\]/.test(value)),
    {
      message: 'Not an absolute path',
    },
  );

/**
 * THE list of what the renderer, the CLI and the e2e harness may ask of the core.
 * Adding a feature: a route here, a handler in electron/core, a screen in renderer.
 */
export const contract = defineContract({
  routes: {
    'settings.get': route({ input: none, output: type<Settings>() }),
    'settings.update': route({ input: settingsChangesSchema, output: type<Settings>() }),

    'vault.status': route({ input: none, output: type<VaultStatus>() }),
    'vault.create': route({
      input: z.strictObject({ passphrase: passphraseSchema }),
      output: type<VaultStatus>(),
    }),
    'vault.unlock': route({
      input: z.strictObject({ passphrase: passphraseSchema }),
      output: type<VaultStatus>(),
    }),
    'vault.lock': route({ input: none, output: type<VaultStatus>() }),
    /** Resolves when done; `vault.passphraseProgress` events meanwhile. */
    'vault.changePassphrase': route({
      input: z.strictObject({ current: passphraseSchema, next: passphraseSchema }),
      output: type<VaultStatus>(),
    }),

    // Backup, restore and integrity (issue 7). The audit log records the first two by name.
    /** Starts an online backup job into a new encrypted vault file; `backup.progress` events. */
    'vault.backup': route({
      input: z.strictObject({
        /** From the save dialog; never overwritten. */
        out: filePathSchema,
        /** The vault's passphrase, proved again; it keys the backup unless `newPassphrase` is given. */
        passphrase: passphraseSchema,
        newPassphrase: passphraseSchema.optional(),
      }),
      output: type<{ jobId: JobId }>(),
    }),
    /** Replaces the vault with a checked backup (locked, unlocked or no vault); ends unlocked. */
    'vault.restore': route({
      input: z.strictObject({ file: filePathSchema, passphrase: passphraseSchema }),
      output: type<VaultStatus>(),
    }),
    /** integrity_check, every page's HMAC, foreign_key_check and every original re-hashed. */
    'vault.check': route({
      input: z.strictObject({ passphrase: passphraseSchema }),
      output: type<IntegrityReport>(),
    }),

    'cases.list': route({ input: caseListQuerySchema, output: type<CaseSummary[]>() }),
    'cases.get': route({ input: z.strictObject({ id: caseIdSchema }), output: type<CaseDetail>() }),
    'cases.create': route({ input: caseFieldsSchema, output: type<{ id: CaseId }>() }),
    'cases.update': route({
      input: z.strictObject({ id: caseIdSchema, changes: caseChangesSchema }),
      output: type<CaseDetail>(),
    }),
    'cases.archive': route({
      input: z.strictObject({ id: caseIdSchema }),
      output: type<CaseDetail>(),
    }),
    'cases.unarchive': route({
      input: z.strictObject({ id: caseIdSchema }),
      output: type<CaseDetail>(),
    }),
    // `confirm: true` makes deletion a deliberate act at every entry point, not only in the UI.
    'cases.delete': route({
      input: z.strictObject({ id: caseIdSchema, confirm: z.literal(true) }),
      output: type<{ deleted: true }>(),
    }),

    'parties.add': route({
      input: partyInputSchema,
      output: type<Party>(),
    }),
    'parties.update': route({
      input: z.strictObject({ id: partyIdSchema, changes: partyChangesSchema }),
      output: type<Party>(),
    }),
    'parties.remove': route({
      input: z.strictObject({ id: partyIdSchema }),
      output: type<{ removed: true }>(),
    }),

    'hearings.add': route({
      input: hearingInputSchema,
      output: type<Hearing>(),
    }),
    'hearings.update': route({
      input: z.strictObject({ id: hearingIdSchema, changes: hearingChangesSchema }),
      output: type<Hearing>(),
    }),
    'hearings.remove': route({
      input: z.strictObject({ id: hearingIdSchema }),
      output: type<{ removed: true }>(),
    }),
    'hearings.upcoming': route({ input: upcomingQuerySchema, output: type<UpcomingItem[]>() }),

    // Files come from the main process's native dialog (or drag and drop): absolute paths only.
    'documents.import': route({
      input: z.strictObject({
        caseId: caseIdSchema,
        paths: z.array(filePathSchema).min(1).max(10_000),
        // Used for this call only and never stored (issue 3: "the password is never stored").
        pdfPassword: z.string().min(1).max(1024).optional(),
        metadata: documentMetadataSchema.optional(),
      }),
      output: type<{ jobId: JobId }>(),
    }),
    'documents.list': route({
      input: z.strictObject({ caseId: caseIdSchema }),
      output: type<DocumentSummary[]>(),
    }),
    'documents.get': route({
      input: z.strictObject({ id: documentIdSchema }),
      output: type<DocumentDetail>(),
    }),
    'documents.update': route({
      input: z.strictObject({ id: documentIdSchema, changes: documentChangesSchema }),
      output: type<DocumentDetail>(),
    }),
    /**
     * `dependents` says what becomes of the document's annotations and the facts sourced from it
     * (issue 5); absent means delete the annotations and keep the facts.
     */
    'documents.remove': route({
      input: z.strictObject({
        id: documentIdSchema,
        confirm: z.literal(true),
        dependents: documentDependentsPolicySchema.optional(),
      }),
      output: type<{ removed: true }>(),
    }),
    /** How many annotations and facts hang on a document, so deleting it can ask about them. */
    'documents.dependents': route({
      input: z.strictObject({ id: documentIdSchema }),
      output: type<DocumentDependents>(),
    }),
    /**
     * The original bytes for the built-in viewer, checked against the SHA-256 from intake. The
     * renderer holds them only while the viewer is open; nothing is cached or written to disk.
     */
    'documents.content': route({
      input: z.strictObject({ id: documentIdSchema }),
      output: type<DocumentContent>(),
    }),
    'documents.verify': route({
      input: z.strictObject({ id: documentIdSchema }),
      output: type<VerifyOutcome>(),
    }),
    /** Byte-identical original to a path the main process's save dialog chose; never overwrites. */
    'documents.exportOriginal': route({
      input: z.strictObject({ id: documentIdSchema, path: filePathSchema }),
      output: type<{ path: string; size: number; sha256: string }>(),
    }),

    /** Full-text search over page text and document metadata (issue 4). */
    'search.query': route({ input: searchInputSchema, output: type<SearchResult>() }),
    /** Snippets of more pages of a document found by `search.query` (shown as they scroll in). */
    'search.snippets': route({ input: snippetsInputSchema, output: type<PageSnippet[]>() }),
    /** Rebuilds the whole index from the stored page text (also `casefile reindex`). */
    'search.reindex': route({ input: none, output: type<{ documents: number; pages: number }>() }),

    // Notes (issue 5): autosaved rich text per case, with kept earlier versions.
    'notes.list': route({
      input: z.strictObject({ caseId: caseIdSchema }),
      output: type<NoteSummary[]>(),
    }),
    'notes.get': route({ input: z.strictObject({ id: noteIdSchema }), output: type<Note>() }),
    'notes.create': route({ input: noteCreateSchema, output: type<Note>() }),
    'notes.save': route({ input: noteSaveSchema, output: type<Note>() }),
    'notes.remove': route({
      input: z.strictObject({ id: noteIdSchema, confirm: z.literal(true) }),
      output: type<{ removed: true }>(),
    }),
    'notes.history': route({
      input: z.strictObject({ id: noteIdSchema }),
      output: type<NoteVersion[]>(),
    }),
    'notes.version': route({
      input: z.strictObject({ id: noteIdSchema, versionId: z.number().int().min(1) }),
      output: type<NoteVersionDetail>(),
    }),
    /** Makes an earlier version current; the state it replaces is kept as a version too. */
    'notes.restore': route({
      input: z.strictObject({ id: noteIdSchema, versionId: z.number().int().min(1) }),
      output: type<Note>(),
    }),

    // Annotations (issue 5): highlights and comments on pages, never written into the PDF.
    'annotations.list': route({ input: annotationListSchema, output: type<Annotation[]>() }),
    'annotations.create': route({ input: annotationInputSchema, output: type<Annotation>() }),
    'annotations.update': route({
      input: z.strictObject({ id: annotationIdSchema, changes: annotationChangesSchema }),
      output: type<Annotation>(),
    }),
    'annotations.remove': route({
      input: z.strictObject({ id: annotationIdSchema }),
      output: type<{ removed: true }>(),
    }),

    // Chronology (issue 5): dated facts tied to document pages.
    'facts.list': route({
      input: z.strictObject({ caseId: caseIdSchema }),
      output: type<Fact[]>(),
    }),
    'facts.get': route({ input: z.strictObject({ id: factIdSchema }), output: type<Fact>() }),
    'facts.create': route({ input: factInputSchema, output: type<Fact>() }),
    'facts.update': route({
      input: z.strictObject({ id: factIdSchema, changes: factChangesSchema }),
      output: type<Fact>(),
    }),
    'facts.remove': route({
      input: z.strictObject({ id: factIdSchema }),
      output: type<{ removed: true }>(),
    }),
    /** The chronology as CSV (UTF-8 with BOM, for Excel) to a path the save dialog chose. */
    'facts.exportCsv': route({
      input: z.strictObject({ caseId: caseIdSchema, path: filePathSchema }),
      output: type<{ path: string; rows: number }>(),
    }),

    // Dossier export (issue 6): a court bundle PDF, or a ZIP with the originals and a manifest.
    /** Starts the export job; progress and the result arrive as `dossier.progress` events. */
    'dossier.export': route({
      input: z.strictObject({
        options: dossierOptionsSchema,
        /** From the save dialog; never overwritten. */
        out: filePathSchema,
        format: z.enum(DOSSIER_FORMATS),
      }),
      output: type<{ jobId: JobId }>(),
    }),
    /** Re-hashes every file of a dossier ZIP against its manifest (also `casefile verify-export`). */
    'dossier.verify': route({
      input: z.strictObject({ path: filePathSchema }),
      output: type<DossierVerifyReport>(),
    }),
    /** The native open dialog for one dossier ZIP to verify; null if cancelled. */
    'dialogs.openDossier': route({ input: none, output: type<{ path: string | null }>() }),
    /** The backup file to restore; answered while locked (the lock screen restores too). */
    'dialogs.openBackup': route({ input: none, output: type<{ path: string | null }>() }),

    'dialogs.openDocuments': route({ input: none, output: type<{ paths: string[] }>() }),
    /** The native open dialog for one text file (a Markdown note to import); null if cancelled. */
    'dialogs.openText': route({
      input: z.strictObject({ kind: z.enum(['markdown']) }),
      output: type<{ name: string; text: string } | null>(),
    }),
    /** Writes text (UTF-8) to a path the save dialog chose (a note as Markdown); never overwrites. */
    'exports.writeText': route({
      input: z.strictObject({ path: filePathSchema, text: z.string().max(16 * 1024 * 1024) }),
      output: type<{ path: string; size: number }>(),
    }),
    'dialogs.saveFile': route({
      input: z.strictObject({ suggestedName: z.string().min(1).max(255) }),
      output: type<{ path: string | null }>(),
    }),

    'jobs.cancel': route({
      input: z.strictObject({ jobId: jobIdSchema }),
      output: type<{ cancelled: boolean }>(),
    }),

    // OCR (issue 8): scanned pages read in the background; `ocr.progress` events.
    /** Queues a document's or a case's pages without text (all its OCR pages again when `langs`
     *  is given, stored as the documents' choice) and starts the OCR job; jobId null: nothing to read. */
    'ocr.run': route({
      input: ocrRunInputSchema,
      output: type<{ jobId: JobId | null; queued: number }>(),
    }),
    'ocr.status': route({
      input: z.strictObject({ caseId: caseIdSchema }),
      output: type<OcrCaseStatus>(),
    }),
    /** Takes queued pages off the queue (a document's, a case's, or all); the job stops when
     *  nothing is left. `jobs.cancel` instead only pauses: its pages stay queued. */
    'ocr.cancel': route({
      input: ocrCancelInputSchema,
      output: type<{ dequeued: number; stopped: boolean }>(),
    }),
    /** A document's OCR languages: `auto` or the chosen ones (used from its next `ocr.run`). */
    'ocr.setLanguages': route({
      input: z.strictObject({ documentId: documentIdSchema, languages: ocrLanguageChoiceSchema }),
      output: type<OcrDocumentStatus>(),
    }),
    /** A recognised page's word boxes (for highlighting hits on the scan); null if not recognised. */
    'ocr.pageWords': route({
      input: z.strictObject({
        documentId: documentIdSchema,
        pageNo: z.number().int().min(1).max(1_000_000),
      }),
      output: type<OcrPageWords | null>(),
    }),

    // Audit log (issue 7): the hash-chained, append-only record of what happened in the vault.
    /** Entries newest first, filtered by case and action, a page at a time. */
    'audit.list': route({ input: auditListQuerySchema, output: type<AuditPage>() }),
    /** Walks the whole chain; names the first entry altered, missing or out of order. */
    'audit.verify': route({ input: none, output: type<AuditVerifyReport>() }),
  },
  events: {
    'vault.locked': type<{ reason: LockReason }>(),
    'jobs.progress': type<ImportProgress>(),
    'dossier.progress': type<DossierProgress>(),
    'ocr.progress': type<OcrProgress>(),
    'backup.progress': type<BackupProgress>(),
    /** Pages of the vault re-encrypted so far while `vault.changePassphrase` runs. */
    'vault.passphraseProgress': type<{ completed: number; total: number }>(),
  },
});

export type Contract = typeof contract;
export type ContractRoutes = Contract['routes'];
export type ContractEvents = Contract['events'];
export type RouteKey = Extract<keyof ContractRoutes, string>;
export type EventKey = Extract<keyof ContractEvents, string>;
export const routeKeys = Object.keys(contract.routes) as RouteKey[];
export const eventKeys = Object.keys(contract.events) as EventKey[];
