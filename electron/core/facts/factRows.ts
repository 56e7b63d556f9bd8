import type { Fact, FactDate, FactImportance, FactStatus } from '../../../shared/domain/fact';
import type { AnnotationId, CaseId, DocumentId, FactId, PartyId } from '../../../shared/domain/ids';

/** A `facts` row with its parties, issues and live document title, as FACT_SELECT returns it. */
export interface FactRow {
  id: string;
  case_id: string;
  date_kind: FactDate['kind'];
  date_value: string;
  date_start: string | null;
  date_end: string | null;
  statement: string;
  source_document_id: string | null;
  source_document_title: string | null;
  live_document_title: string | null;
  source_page: number | null;
  source_quote: string | null;
  source_annotation_id: string | null;
  source_note: string | null;
  status: FactStatus;
  importance: FactImportance;
  created_at: string;
  updated_at: string;
  party_ids: string;
  issues: string;
}

// Parties in the order the case lists them; issues alphabetically.
export const FACT_SELECT = `SELECT f.*, d.title AS live_document_title,
    (SELECT json_group_array(party_id) FROM (SELECT fp.party_id FROM fact_parties fp
       JOIN parties p ON p.id = fp.party_id WHERE fp.fact_id = f.id ORDER BY p.created_at, p.rowid))
      AS party_ids,
    (SELECT json_group_array(issue) FROM (SELECT issue FROM fact_issues WHERE fact_id = f.id
       ORDER BY issue)) AS issues
  FROM facts f LEFT JOIN documents d ON d.id = f.source_document_id`;

/** Chronological: dated facts by the first day they cover, undated ones last. */
export const FACT_ORDER = `f.date_start IS NULL, f.date_start, f.date_end, f.created_at, f.rowid`;

function toFactDate(row: FactRow): FactDate {
  switch (row.date_kind) {
    case 'exact':
      return { kind: 'exact', date: row.date_value };
    case 'month':
      return { kind: 'month', month: row.date_value };
    case 'year':
      return { kind: 'year', year: row.date_value };
    case 'range':
      return { kind: 'range', from: row.date_start!, to: row.date_end! };
    case 'undated':
      return { kind: 'undated' };
  }
}

export const toFact = (row: FactRow): Fact => ({
  id: row.id as FactId,
  caseId: row.case_id as CaseId,
  date: toFactDate(row),
  statement: row.statement,
  // A source always has a page; its document id is gone once the document was deleted.
  source:
    row.source_page === null
      ? null
      : {
          documentId: row.source_document_id as DocumentId | null,
          documentTitle: row.live_document_title ?? row.source_document_title ?? '',
          page: row.source_page,
          quote: row.source_quote,
          annotationId: row.source_annotation_id as AnnotationId | null,
        },
  sourceNote: row.source_note,
  partyIds: JSON.parse(row.party_ids) as PartyId[],
  issues: JSON.parse(row.issues) as string[],
  status: row.status,
  importance: row.importance,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
