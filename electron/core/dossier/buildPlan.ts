import type Database from 'better-sqlite3-multiple-ciphers';
import type { MediaType } from '../../../shared/domain/document';
import type { DossierOptions } from '../../../shared/domain/dossier';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/errors';
import { ANNOTATION_POSITION_ORDER } from '../annotations/annotationRows';
import { FACT_ORDER, FACT_SELECT, toFact, type FactRow } from '../facts/factRows';
import type { BundleDocument, BundlePlan } from './bundle/bundleTypes';
import { chronologyRows } from './chronologyRows';

/** What the manifest says of one original, beside what the bundle needs. */
export interface PlannedDocument {
  id: DocumentId;
  title: string;
  docType: string;
  docDate: string | null;
  originalName: string;
  mediaType: MediaType;
  size: number;
  /** Recorded at intake; the export re-hashes what it writes. */
  sha256: string;
}

export interface DossierPlan {
  plan: BundlePlan;
  /** In bundle order, all sections together. */
  documents: PlannedDocument[];
}

interface DocumentRow {
  id: string;
  case_id: string;
  title: string;
  doc_type: string;
  doc_date: string | null;
  original_name: string;
  media_type: MediaType;
  size: number;
  sha256: string;
}

interface AnnotationRow {
  page_no: number;
  kind: 'highlight' | 'comment';
  color: string;
  rects: string;
  point: string | null;
  comment: string | null;
}

/** Refuses, before any work, a case that does not exist or a document from another case. */
export function assertDossierDocuments(db: Database.Database, options: DossierOptions): void {
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(options.caseId)) {
    throw new AppError('NOT_FOUND', 'No such case');
  }
  const caseOf = db.prepare('SELECT case_id FROM documents WHERE id = ?').pluck();
  for (const id of options.sections.flatMap((section) => section.documentIds)) {
    const caseId = caseOf.get(id) as string | undefined;
    if (caseId === undefined) throw new AppError('NOT_FOUND', 'No such document');
    if (caseId !== options.caseId) {
      throw new AppError('VALIDATION', 'A document of another case cannot go into this dossier');
    }
  }
}

function annotationsOf(db: Database.Database, documentId: string): BundleDocument['annotations'] {
  const rows = db
    .prepare(
      `SELECT a.page_no, a.kind, a.color, a.rects, a.point, a.comment FROM annotations a
       WHERE a.document_id = ? ORDER BY ${ANNOTATION_POSITION_ORDER}`,
    )
    .all(documentId) as AnnotationRow[];
  return rows.map((row) => ({
    page: row.page_no,
    kind: row.kind,
    color: row.color,
    rects: JSON.parse(row.rects) as BundleDocument['annotations'][number]['rects'],
    point: row.point === null ? null : (JSON.parse(row.point) as { x: number; y: number }),
    comment: row.comment,
  }));
}

/**
 * Everything the bundle builder and the manifest need, read from the vault in one go at the
 * start of the export. Passwords come from the options only: they live in this plan for the
 * job's length and are never stored, logged or put in an event.
 */
export function buildDossierPlan(
  db: Database.Database,
  options: DossierOptions,
  context: { generatedAt: string; appVersion: string },
): DossierPlan {
  assertDossierDocuments(db, options);
  const caseRow = db
    .prepare('SELECT title, number, court, judge FROM cases WHERE id = ?')
    .get(options.caseId) as {
    title: string;
    number: string | null;
    court: string | null;
    judge: string | null;
  };
  const parties = db
    .prepare('SELECT name, role FROM parties WHERE case_id = ? ORDER BY created_at, rowid')
    .all(options.caseId) as { name: string; role: string }[];
  const passwords = new Map(options.passwords.map((entry) => [entry.documentId, entry.password]));
  const documentRow = db.prepare(
    `SELECT id, case_id, title, doc_type, doc_date, original_name, media_type, size, sha256
     FROM documents WHERE id = ?`,
  );
  const documents: PlannedDocument[] = [];
  const sections = options.sections.map((section) => ({
    title: section.title,
    documents: section.documentIds.map((id): BundleDocument => {
      const row = documentRow.get(id) as DocumentRow;
      documents.push({
        id: row.id as DocumentId,
        title: row.title,
        docType: row.doc_type,
        docDate: row.doc_date,
        originalName: row.original_name,
        mediaType: row.media_type,
        size: row.size,
        sha256: row.sha256,
      });
      return {
        documentId: row.id,
        title: row.title,
        docType: row.doc_type,
        docDate: row.doc_date,
        mediaType: row.media_type,
        password: passwords.get(id) ?? null,
        annotations: options.include.annotations ? annotationsOf(db, row.id) : [],
      };
    }),
  }));
  return {
    plan: {
      language: options.language,
      generatedAt: context.generatedAt,
      appVersion: context.appVersion,
      case: { ...caseRow, parties },
      preparedBy: options.preparedBy ?? null,
      include: { ...options.include },
      stamp: { ...options.stamp },
      sections,
      chronology: options.include.chronology
        ? chronologyRows(caseFacts(db, options.caseId), options.language)
        : [],
      notes: options.include.notes ? caseNotes(db, options.caseId) : [],
    },
    documents,
  };
}

function caseFacts(db: Database.Database, caseId: CaseId) {
  const rows = db
    .prepare(`${FACT_SELECT} WHERE f.case_id = ? ORDER BY ${FACT_ORDER}`)
    .all(caseId) as FactRow[];
  return rows.map(toFact);
}

/** Notes in the order they were written; `text` is the plain words the editor keeps beside its tree. */
function caseNotes(db: Database.Database, caseId: CaseId): BundlePlan['notes'] {
  return db
    .prepare('SELECT title, text FROM notes WHERE case_id = ? ORDER BY created_at, rowid')
    .all(caseId) as BundlePlan['notes'];
}
