import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import type { ItemHit, ItemKind } from '../../../shared/domain/search';
import { caseSearchText, join } from './index/indexRows';
import type { MetaHit } from './metaHits';
import { buildSnippet, type SnippetMarker, type SnippetMemo } from './snippets';

/** Items listed after the documents; a query matching more is narrowed, not scrolled. */
export const ITEM_LIMIT = 50;
/** A fact's statement is its title in a result, cut here. */
const TITLE_MAX = 200;

interface ItemText {
  title: string;
  text: string;
  documentId: string | null;
  page: number | null;
}

const cut = (text: string) => (text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text);

/** What a result shows of each kind of item, read at answer time (the index has no content). */
function readers(db: Database.Database): Record<ItemKind, (hit: MetaHit) => ItemText | null> {
  const note = db.prepare('SELECT title, text FROM notes WHERE id = ?');
  const annotation = db.prepare(
    `SELECT a.comment, a.document_id, a.page_no, d.title
     FROM annotations a JOIN documents d ON d.id = a.document_id WHERE a.id = ?`,
  );
  const fact = db.prepare(
    `SELECT statement, source_note, source_document_id, source_page,
       (SELECT group_concat(issue, ', ') FROM fact_issues WHERE fact_id = f.id) AS issues
     FROM facts f WHERE id = ?`,
  );
  const caseTitle = db.prepare('SELECT title FROM cases WHERE id = ?').pluck();
  return {
    case: (hit) => {
      const text = caseSearchText(db, hit.caseId);
      const title = caseTitle.get(hit.caseId) as string | undefined;
      return text === null || title === undefined
        ? null
        : { title, text, documentId: null, page: null };
    },
    note: (hit) => {
      const row = note.get(hit.refId) as { title: string; text: string } | undefined;
      return row
        ? { title: row.title, text: row.text || row.title, documentId: null, page: null }
        : null;
    },
    annotation: (hit) => {
      const row = annotation.get(hit.refId) as
        { comment: string | null; document_id: string; page_no: number; title: string } | undefined;
      return row?.comment
        ? { title: row.title, text: row.comment, documentId: row.document_id, page: row.page_no }
        : null;
    },
    fact: (hit) => {
      const row = fact.get(hit.refId) as
        | {
            statement: string;
            source_note: string | null;
            source_document_id: string | null;
            source_page: number | null;
            issues: string | null;
          }
        | undefined;
      if (!row) return null;
      return {
        title: cut(row.statement),
        text: join([row.statement, row.source_note, row.issues]),
        documentId: row.source_document_id,
        page: row.source_document_id === null ? null : row.source_page,
      };
    },
  };
}

const isItem = (hit: MetaHit): hit is MetaHit & { source: ItemKind } => hit.source !== 'document';

/** The matched cases, notes, annotations and facts, best first, each with its snippet. */
export function itemHits(
  db: Database.Database,
  hits: readonly MetaHit[],
  markers: readonly SnippetMarker[],
  memo: SnippetMemo,
): ItemHit[] {
  const read = readers(db);
  const caseTitles = new Map<string, string>();
  const caseTitleOf = db.prepare('SELECT title FROM cases WHERE id = ?').pluck();
  const items: ItemHit[] = [];
  for (const hit of hits.filter(isItem)) {
    if (items.length >= ITEM_LIMIT) break;
    const shown = read[hit.source](hit);
    if (shown === null) continue;
    let caseTitle = caseTitles.get(hit.caseId);
    if (caseTitle === undefined) {
      caseTitle = (caseTitleOf.get(hit.caseId) as string | undefined) ?? '';
      caseTitles.set(hit.caseId, caseTitle);
    }
    items.push({
      kind: hit.source,
      id: hit.source === 'case' ? hit.caseId : (hit.refId ?? ''),
      caseId: hit.caseId as CaseId,
      caseTitle,
      title: shown.title,
      documentId: shown.documentId as DocumentId | null,
      page: shown.page,
      snippet: buildSnippet(shown.text, markers, memo).snippet,
      score: hit.score,
    });
  }
  return items;
}
