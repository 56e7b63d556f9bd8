import type Database from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../../shared/ipc/dispatch';
import type { AuditEntryInput } from './appendAudit';

type InputOf<K extends keyof Handlers> = Parameters<Handlers[K]>[0];
type OutputOf<K extends keyof Handlers> = Awaited<ReturnType<Handlers[K]>>;

/**
 * A synchronous route whose change is in the vault: its entry is appended inside the same
 * transaction as the change, so they commit or roll back together. `before` reads, in that
 * transaction, what the change is about to delete.
 */
export interface InTransaction<I, O, C> {
  mode: 'transaction';
  before?: (db: Database.Database, input: I) => C;
  entry: (input: I, output: O, before: C) => AuditEntryInput;
}

/**
 * A route whose effect is outside the vault's transactions (a file written, the vault file
 * replaced): its entry follows its success. A crash in between loses the entry, never the
 * reverse. When the vault is locked afterwards, the entry waits for the next unlock.
 */
export interface AfterSuccess<I, O> {
  mode: 'after';
  /** `db` is the vault when it is open after the route (null when it is locked). */
  entry: (input: I, output: O, db: Database.Database | null) => AuditEntryInput;
}

export type RouteAuditSpec<I = unknown, O = unknown, C = unknown> =
  InTransaction<I, O, C> | AfterSuccess<I, O>;

/** What `before` found: plain values, ready for an entry's detail. */
export type BeforeFacts = Record<string, string | number | null>;

type TypedSpecs = {
  [K in keyof Handlers]?: RouteAuditSpec<InputOf<K>, OutputOf<K>, BeforeFacts>;
};

function documentFacts(
  db: Database.Database,
  id: string,
): { caseId: string | null; sha256: string | null } {
  const row = db
    .prepare<[string], { case_id: string; sha256: string }>(
      'SELECT case_id, sha256 FROM documents WHERE id = ?',
    )
    .get(id);
  return { caseId: row?.case_id ?? null, sha256: row?.sha256 ?? null };
}

/** The routes whose success the audit log records, and what each entry says. */
export const ROUTE_AUDIT: TypedSpecs = {
  'cases.create': {
    mode: 'transaction',
    entry: (_input, output) => ({ action: 'case.created', caseId: output.id }),
  },
  'cases.update': {
    mode: 'transaction',
    // The names of the fields changed, never their values (a title is case data).
    entry: (input) => ({
      action: 'case.updated',
      caseId: input.id,
      detail: { fields: Object.keys(input.changes).sort() },
    }),
  },
  'cases.archive': {
    mode: 'transaction',
    entry: (input) => ({ action: 'case.archived', caseId: input.id }),
  },
  'cases.unarchive': {
    mode: 'transaction',
    entry: (input) => ({ action: 'case.unarchived', caseId: input.id }),
  },
  'cases.delete': {
    mode: 'transaction',
    before: (db, input) => ({
      documents: (
        db
          .prepare<[string], { count: number }>(
            'SELECT count(*) AS count FROM documents WHERE case_id = ?',
          )
          .get(input.id) ?? { count: 0 }
      ).count,
    }),
    entry: (input, _output, before) => ({
      action: 'case.deleted',
      caseId: input.id,
      detail: { documents: before.documents ?? null },
    }),
  },
  'documents.remove': {
    mode: 'transaction',
    before: (db, input) => documentFacts(db, input.id),
    entry: (input, _output, before) => ({
      action: 'document.deleted',
      caseId: typeof before.caseId === 'string' ? before.caseId : null,
      documentId: input.id,
      detail: { sha256: before.sha256 ?? null },
    }),
  },
  'documents.exportOriginal': {
    mode: 'after',
    entry: (input, output, db) => ({
      action: 'document.exported',
      caseId: db ? documentFacts(db, input.id).caseId : null,
      documentId: input.id,
      detail: { sha256: output.sha256 },
    }),
  },
  'vault.changePassphrase': {
    mode: 'after',
    entry: () => ({ action: 'passphrase.changed' }),
  },
  // Written into the restored vault (the one in use from now on); if the restore leaves it
  // locked, at its next unlock.
  'vault.restore': {
    mode: 'after',
    entry: () => ({ action: 'vault.restored' }),
  },
};

/**
 * Routes keyed by name only. `vault.backup` is not here: it starts a job, and its entry belongs
 * to the job's success (`recordBackupCreated`, called where the backup job ends), not to the
 * request that started it.
 */
export const UNTYPED_ROUTE_AUDIT: Readonly<Record<string, RouteAuditSpec>> = {};
