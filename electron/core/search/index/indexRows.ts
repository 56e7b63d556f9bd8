import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentLanguage } from '../../../../shared/domain/document';
import { detectLanguage, type LanguageHint } from '../text';
import { indexedText, type StemMemo } from './searchTerms';

/** What a `search_rows` row stands for; a new kind of text is a new value, not a new table. */
export type SearchSource = 'page' | 'document' | 'case' | 'note' | 'annotation' | 'fact';

export interface RowKey {
  source: SearchSource;
  caseId: string;
  documentId: string | null;
  pageNo: number | null;
  /** The note, annotation or fact the row stands for. */
  refId?: string;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * One row in the map and a word index: pages in `search_index` (and the trigram index), anything
 * else in `search_meta`.
 */
export function addRow(
  db: Database.Database,
  key: RowKey,
  raw: string,
  hint: LanguageHint,
  memo?: StemMemo,
): boolean {
  const { text, stems } = indexedText(raw, hint, memo);
  if (text === '') return false;
  const { lastInsertRowid: id } = db
    .prepare(
      'INSERT INTO search_rows (source, case_id, document_id, page_no, ref_id) VALUES (?, ?, ?, ?, ?)',
    )
    .run(key.source, key.caseId, key.documentId, key.pageNo, key.refId ?? null);
  if (key.source === 'page') {
    db.prepare('INSERT INTO search_index (rowid, text, stems) VALUES (?, ?, ?)').run(
      id,
      text,
      stems,
    );
    db.prepare('INSERT INTO search_trigram (rowid, text) VALUES (?, ?)').run(id, text);
  } else {
    db.prepare('INSERT INTO search_meta (rowid, text, stems) VALUES (?, ?, ?)').run(
      id,
      text,
      stems,
    );
  }
  return true;
}

/** The trigger on search_rows takes the FTS rows with them. */
function forget(
  db: Database.Database,
  column: 'case_id' | 'document_id',
  id: string,
  source: SearchSource,
) {
  db.prepare(`DELETE FROM search_rows WHERE ${column} = ? AND source = ?`).run(id, source);
}

interface DocumentFields {
  case_id: string;
  title: string;
  original_name: string;
  description: string | null;
  source: string | null;
  language: DocumentLanguage | null;
  tags: string;
}

const DOCUMENT_FIELDS = `SELECT d.case_id, d.title, d.original_name, d.description, d.source,
    d.language, (SELECT group_concat(tag, ' ') FROM document_tags WHERE document_id = d.id) AS tags
  FROM documents d WHERE d.id = ?`;

export const join = (values: readonly (string | null)[]) => values.filter(Boolean).join('\n');

/**
 * (Re)indexes one document: its metadata row always, its pages when `pages` is set (import,
 * reindex, a language change, which changes the stems). Call inside the caller's transaction.
 */
export function indexDocument(
  db: Database.Database,
  documentId: string,
  options: { pages: boolean },
): { pages: number } {
  const row = db.prepare(DOCUMENT_FIELDS).get(documentId) as DocumentFields | undefined;
  if (!row) return { pages: 0 };
  forget(db, 'document_id', documentId, 'document');
  const metadata = join([row.title, row.original_name, row.description, row.source, row.tags]);
  const base = { caseId: row.case_id, documentId };
  addRow(
    db,
    { ...base, source: 'document', pageNo: null },
    metadata,
    // Titles are too short for detectLanguage: `Приговор суда / Сот үкімі` would read as Kazakh
    // and give the Russian words Kazakh stems. Words with a Kazakh-only letter get one anyway.
    row.language,
  );
  if (!options.pages) return { pages: 0 };
  forget(db, 'document_id', documentId, 'page');
  const pages = db
    .prepare('SELECT page_no, text FROM document_pages WHERE document_id = ? ORDER BY page_no')
    .all(documentId) as { page_no: number; text: string }[];
  let indexed = 0;
  const memo: StemMemo = new Map();
  for (const page of pages) {
    if (!HAS_WORD.test(page.text)) continue;
    const hint = row.language ?? detectLanguage(page.text);
    if (addRow(db, { ...base, source: 'page', pageNo: page.page_no }, page.text, hint, memo))
      indexed += 1;
  }
  return { pages: indexed };
}

interface CaseFields {
  title: string;
  number: string | null;
  court: string | null;
  judge: string | null;
  jurisdiction: string | null;
  description: string | null;
  tags: string | null;
  parties: string | null;
}

/** A case's searchable text: its fields and its parties' names; null when there is no case. */
export function caseSearchText(db: Database.Database, caseId: string): string | null {
  const row = db
    .prepare(
      `SELECT title, number, court, judge, jurisdiction, description,
         (SELECT group_concat(tag, ' ') FROM case_tags WHERE case_id = c.id) AS tags,
         (SELECT group_concat(name, '\n') FROM parties WHERE case_id = c.id) AS parties
       FROM cases c WHERE id = ?`,
    )
    .get(caseId) as CaseFields | undefined;
  if (!row) return null;
  return join([
    row.title,
    row.number,
    row.court,
    row.judge,
    row.jurisdiction,
    row.description,
    row.tags,
    row.parties,
  ]);
}

/** (Re)indexes a case's own fields and its parties' names. Call inside the caller's transaction. */
export function indexCase(db: Database.Database, caseId: string): void {
  const text = caseSearchText(db, caseId);
  if (text === null) return;
  forget(db, 'case_id', caseId, 'case');
  addRow(
    db,
    { source: 'case', caseId, documentId: null, pageNo: null },
    text,
    null, // a case has no language; its fields are short, so detection would guess
  );
}
