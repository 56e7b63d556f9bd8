import type { CaseId, NoteId } from '../../../shared/domain/ids';
import type {
  Note,
  NoteDoc,
  NoteSummary,
  NoteVersion,
  NoteVersionDetail,
} from '../../../shared/domain/note';

/** Row shapes as SQLite returns them, and their mapping to the contract's DTOs. */
export interface NoteRow {
  id: string;
  case_id: string;
  title: string;
  doc: string;
  text: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface NoteVersionRow {
  id: number;
  note_id: string;
  title: string;
  doc: string;
  text: string;
  saved_at: string;
}

export const EXCERPT_LENGTH = 160;

/** The first words of a note on one line, cut at a word boundary when one is near. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT_LENGTH * 0.6 ? cut.slice(0, space) : cut}…`;
}

export const toNoteSummary = (row: Omit<NoteRow, 'doc' | 'revision'>): NoteSummary => ({
  id: row.id as NoteId,
  caseId: row.case_id as CaseId,
  title: row.title,
  excerpt: excerptOf(row.text),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toNote = (row: NoteRow): Note => ({
  ...toNoteSummary(row),
  doc: JSON.parse(row.doc) as NoteDoc,
  revision: row.revision,
});

export const toNoteVersion = (row: Omit<NoteVersionRow, 'doc'>): NoteVersion => ({
  id: row.id,
  noteId: row.note_id as NoteId,
  title: row.title,
  excerpt: excerptOf(row.text),
  savedAt: row.saved_at,
});

export const toNoteVersionDetail = (row: NoteVersionRow): NoteVersionDetail => ({
  ...toNoteVersion(row),
  doc: JSON.parse(row.doc) as NoteDoc,
});
