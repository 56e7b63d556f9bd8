import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  DocumentChanges,
  DocumentDetail,
  DocumentId,
  DocumentSummary,
  VerifyOutcome,
} from '../../../shared/domain/document';
import type { CaseId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/errors';
import { updateColumns } from '../cases/updateColumns';
import type { Clock } from '../clock';
import { indexDocument } from '../search/index/indexRows';
import { readChunks } from './blobStore';
import {
  toDocumentDetail,
  toDocumentSummary,
  touchCase,
  writeDocumentTags,
  type DocumentRow,
} from './documentRows';
import { importDocument, type ImportInput } from './importDocument';

const COLUMNS: Record<keyof Omit<DocumentChanges, 'tags'>, string> = {
  title: 'title',
  docType: 'doc_type',
  docDate: 'doc_date',
  source: 'source',
  language: 'language',
  description: 'description',
};

const TAGS_OF = `(SELECT json_group_array(tag)
  FROM (SELECT tag FROM document_tags WHERE document_id = d.id ORDER BY tag)) AS tags`;

type RowWithTags = DocumentRow & { tags: string };

const corrupt = (id: string) =>
  new AppError('VAULT_CORRUPT', 'The stored original no longer matches its SHA-256', {
    documentId: id,
  });

export function createDocumentService(db: () => Database.Database, clock: Clock) {
  function requireDocument(id: DocumentId): RowWithTags {
    const row = db().prepare(`SELECT d.*, ${TAGS_OF} FROM documents d WHERE d.id = ?`).get(id) as
      RowWithTags | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No such document');
    return row;
  }

  function list(caseId: CaseId): DocumentSummary[] {
    if (!db().prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) {
      throw new AppError('NOT_FOUND', 'No such case');
    }
    const rows = db()
      .prepare(
        `SELECT d.*, ${TAGS_OF} FROM documents d WHERE d.case_id = ? ORDER BY d.imported_at, d.rowid`,
      )
      .all(caseId) as RowWithTags[];
    return rows.map((row) => toDocumentSummary(row, JSON.parse(row.tags) as string[]));
  }

  function get(id: DocumentId): DocumentDetail {
    const row = requireDocument(id);
    return toDocumentDetail(row, JSON.parse(row.tags) as string[]);
  }

  function update(id: DocumentId, changes: DocumentChanges): DocumentDetail {
    db().transaction(() => {
      const row = requireDocument(id);
      updateColumns(db(), 'documents', id, COLUMNS, changes);
      if (changes.tags) writeDocumentTags(db(), id, changes.tags);
      // Stems depend on the language, so a new language re-stems the pages too.
      indexDocument(db(), id, { pages: changes.language !== undefined });
      const now = clock.nowIso();
      db().prepare('UPDATE documents SET updated_at = ? WHERE id = ?').run(now, id);
      touchCase(db(), row.case_id, now);
    })();
    return get(id);
  }

  /**
   * Chunks, pages, tags and search rows go with the row (ON DELETE CASCADE, and search_rows'
   * trigger for the FTS rows); secure_delete zeroes them.
   */
  function remove(
    id: DocumentId,
    /** Settles annotations and facts (issue 5) in the deletion's own transaction. */
    beforeDelete?: (document: { id: DocumentId; caseId: CaseId; title: string }) => void,
  ): { deleted: true } {
    db().transaction(() => {
      const row = requireDocument(id);
      beforeDelete?.({ id, caseId: row.case_id as CaseId, title: row.title });
      db().prepare('DELETE FROM documents WHERE id = ?').run(id);
      touchCase(db(), row.case_id, clock.nowIso());
    })();
    return { deleted: true };
  }

  /**
   * The original bytes chunk by chunk, for an export in bounded memory. The SHA-256 is checked on
   * the way: a mismatch throws VAULT_CORRUPT after the last chunk, so the caller discards its file.
   */
  function streamOriginal(id: DocumentId): Generator<Buffer> {
    const { sha256, size } = requireDocument(id);
    const chunks = readChunks(db(), id);
    return (function* () {
      const hash = createHash('sha256');
      let length = 0;
      for (const chunk of chunks) {
        hash.update(chunk);
        length += chunk.length;
        yield chunk;
      }
      if (length !== size || hash.digest('hex') !== sha256) throw corrupt(id);
    })();
  }

  /** The whole original, verified against its SHA-256 before it is handed out. */
  function readOriginal(id: DocumentId): Buffer {
    return Buffer.concat([...streamOriginal(id)]);
  }

  /** Recomputes the SHA-256 from the stored chunks and compares it with the one from intake. */
  function verifyOriginal(id: DocumentId): VerifyOutcome {
    const { sha256, size } = requireDocument(id);
    const hash = createHash('sha256');
    let length = 0;
    for (const chunk of readChunks(db(), id)) {
      hash.update(chunk);
      length += chunk.length;
    }
    const actual = hash.digest('hex');
    return { intact: length === size && actual === sha256, sha256, actual };
  }

  return {
    importDocument: (input: ImportInput) => importDocument(db(), clock, input),
    list,
    get,
    update,
    remove,
    streamOriginal,
    readOriginal,
    verifyOriginal,
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
