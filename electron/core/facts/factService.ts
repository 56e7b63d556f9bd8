import type Database from 'better-sqlite3-multiple-ciphers';
import {
  factDateBounds,
  formatFactDate,
  type Fact,
  type FactChanges,
  type FactDate,
  type FactInput,
  type FactSourceInput,
} from '../../../shared/domain/fact';
import type { CaseId, FactId, PartyId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { touchCase } from '../documents/documentRows';
import { indexFact } from '../search/index/indexSources';
import { FACT_ORDER, FACT_SELECT, toFact, type FactRow } from './factRows';

interface SourceColumns {
  source_document_id: string | null;
  source_document_title: string | null;
  source_page: number | null;
  source_quote: string | null;
  source_annotation_id: string | null;
}

const NO_SOURCE: SourceColumns = {
  source_document_id: null,
  source_document_title: null,
  source_page: null,
  source_quote: null,
  source_annotation_id: null,
};

function dateColumns(date: FactDate) {
  const bounds = factDateBounds(date);
  return {
    date_kind: date.kind,
    date_value: formatFactDate(date),
    date_start: bounds?.start ?? null,
    date_end: bounds?.end ?? null,
  };
}

export function createFactService(db: () => Database.Database, clock: Clock) {
  function requireFact(id: FactId): FactRow {
    const row = db().prepare(`${FACT_SELECT} WHERE f.id = ?`).get(id) as FactRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No such fact');
    return row;
  }

  function requireCase(caseId: CaseId): void {
    if (!db().prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) {
      throw new AppError('NOT_FOUND', 'No such case');
    }
  }

  function list(caseId: CaseId): Fact[] {
    requireCase(caseId);
    const rows = db()
      .prepare(`${FACT_SELECT} WHERE f.case_id = ? ORDER BY ${FACT_ORDER}`)
      .all(caseId) as FactRow[];
    return rows.map(toFact);
  }

  const get = (id: FactId): Fact => toFact(requireFact(id));

  /** The source must be a page of a document of the fact's own case. */
  function sourceColumns(caseId: string, source: FactSourceInput): SourceColumns {
    const document = db()
      .prepare('SELECT case_id, title, page_count FROM documents WHERE id = ?')
      .get(source.documentId) as
      { case_id: string; title: string; page_count: number | null } | undefined;
    if (!document) throw new AppError('NOT_FOUND', 'No such source document');
    if (document.case_id !== caseId) {
      throw new AppError('VALIDATION', 'The source document belongs to another case');
    }
    if (document.page_count !== null && source.page > document.page_count) {
      throw new AppError(
        'VALIDATION',
        `The source document has ${document.page_count} page(s); there is no page ${source.page}`,
      );
    }
    if (source.annotationId !== undefined) {
      const annotation = db()
        .prepare('SELECT document_id FROM annotations WHERE id = ?')
        .get(source.annotationId) as { document_id: string } | undefined;
      if (!annotation) throw new AppError('NOT_FOUND', 'No such source annotation');
      if (annotation.document_id !== source.documentId) {
        throw new AppError('VALIDATION', 'The source annotation is on another document');
      }
    }
    return {
      source_document_id: source.documentId,
      source_document_title: document.title,
      source_page: source.page,
      source_quote: source.quote || null,
      source_annotation_id: source.annotationId ?? null,
    };
  }

  function writeParties(factId: string, caseId: string, partyIds: readonly PartyId[]): void {
    const unique = [...new Set(partyIds)];
    const ofCase = db().prepare('SELECT 1 FROM parties WHERE id = ? AND case_id = ?');
    for (const partyId of unique) {
      if (!ofCase.get(partyId, caseId)) {
        throw new AppError('VALIDATION', 'A person given is not a party of this case', {
          partyId,
        });
      }
    }
    db().prepare('DELETE FROM fact_parties WHERE fact_id = ?').run(factId);
    const insert = db().prepare('INSERT INTO fact_parties (fact_id, party_id) VALUES (?, ?)');
    for (const partyId of unique) insert.run(factId, partyId);
  }

  function writeIssues(factId: string, issues: readonly string[]): void {
    db().prepare('DELETE FROM fact_issues WHERE fact_id = ?').run(factId);
    const insert = db().prepare('INSERT INTO fact_issues (fact_id, issue) VALUES (?, ?)');
    for (const issue of new Set(issues)) insert.run(factId, issue);
  }

  function create(input: FactInput): Fact {
    const id = clock.newId() as FactId;
    db().transaction(() => {
      requireCase(input.caseId);
      const source = input.source ? sourceColumns(input.caseId, input.source) : NO_SOURCE;
      const now = clock.nowIso();
      db()
        .prepare(
          `INSERT INTO facts (id, case_id, date_kind, date_value, date_start, date_end, statement,
             source_document_id, source_document_title, source_page, source_quote,
             source_annotation_id, source_note, status, importance, created_at, updated_at)
           VALUES (@id, @case_id, @date_kind, @date_value, @date_start, @date_end, @statement,
             @source_document_id, @source_document_title, @source_page, @source_quote,
             @source_annotation_id, @source_note, @status, @importance, @now, @now)`,
        )
        .run({
          id,
          case_id: input.caseId,
          ...dateColumns(input.date),
          statement: input.statement,
          ...source,
          source_note: input.sourceNote || null,
          status: input.status,
          importance: input.importance,
          now,
        });
      writeParties(id, input.caseId, input.partyIds);
      writeIssues(id, input.issues);
      indexFact(db(), id);
      touchCase(db(), input.caseId, now);
    })();
    return get(id);
  }

  function update(id: FactId, changes: FactChanges): Fact {
    db().transaction(() => {
      const row = requireFact(id);
      const columns: Record<string, string | number | null> = {};
      if (changes.date) Object.assign(columns, dateColumns(changes.date));
      if (changes.statement !== undefined) columns.statement = changes.statement;
      if (changes.source !== undefined) {
        Object.assign(
          columns,
          changes.source === null ? NO_SOURCE : sourceColumns(row.case_id, changes.source),
        );
      }
      if (changes.sourceNote !== undefined) columns.source_note = changes.sourceNote || null;
      if (changes.status) columns.status = changes.status;
      if (changes.importance) columns.importance = changes.importance;
      const now = clock.nowIso();
      columns.updated_at = now;
      // Column names come from the fixed keys above, never from input.
      const assignments = Object.keys(columns)
        .map((column) => `${column} = @${column}`)
        .join(', ');
      db()
        .prepare(`UPDATE facts SET ${assignments} WHERE id = @id`)
        .run({ ...columns, id });
      if (changes.partyIds) writeParties(id, row.case_id, changes.partyIds);
      if (changes.issues) writeIssues(id, changes.issues);
      indexFact(db(), id);
      touchCase(db(), row.case_id, now);
    })();
    return get(id);
  }

  function remove(id: FactId): { removed: true } {
    const result = db().prepare('DELETE FROM facts WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('NOT_FOUND', 'No such fact');
    return { removed: true };
  }

  return { list, get, create, update, remove };
}

export type FactService = ReturnType<typeof createFactService>;
