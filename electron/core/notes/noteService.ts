import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseId, NoteId } from '../../../shared/domain/ids';
import {
  EMPTY_NOTE_DOC,
  noteDocText,
  type Note,
  type NoteCreateInput,
  type NoteDoc,
  type NoteSaveInput,
  type NoteSummary,
  type NoteVersion,
  type NoteVersionDetail,
} from '../../../shared/domain/note';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { touchCase } from '../documents/documentRows';
import { indexNote } from '../search/index/indexSources';
import {
  toNote,
  toNoteSummary,
  toNoteVersion,
  toNoteVersionDetail,
  type NoteRow,
  type NoteVersionRow,
} from './noteRows';

/**
 * Autosave writes every few seconds; keeping each of those would bury the history. A state is
 * kept when the newest kept one is older than this, so history holds one step per pause.
 */
export const VERSION_INTERVAL_MS = 5 * 60 * 1000;
export const MAX_VERSIONS_PER_NOTE = 200;

export function createNoteService(db: () => Database.Database, clock: Clock) {
  function requireNote(id: NoteId): NoteRow {
    const row = db().prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No such note');
    return row;
  }

  function requireCase(caseId: CaseId): void {
    if (!db().prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) {
      throw new AppError('NOT_FOUND', 'No such case');
    }
  }

  function list(caseId: CaseId): NoteSummary[] {
    requireCase(caseId);
    const rows = db()
      .prepare(
        `SELECT id, case_id, title, substr(text, 1, 400) AS text, created_at, updated_at
         FROM notes WHERE case_id = ? ORDER BY updated_at DESC, rowid DESC`,
      )
      .all(caseId) as Omit<NoteRow, 'doc' | 'revision'>[];
    return rows.map(toNoteSummary);
  }

  const get = (id: NoteId): Note => toNote(requireNote(id));

  /** Inserts a note in the caller's transaction (also used when a document's annotations are kept). */
  function insert(caseId: CaseId, title: string, doc: NoteDoc): NoteId {
    const id = clock.newId() as NoteId;
    const now = clock.nowIso();
    db()
      .prepare(
        `INSERT INTO notes (id, case_id, title, doc, text, revision, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
      )
      .run(id, caseId, title, JSON.stringify(doc), noteDocText(doc), now, now);
    indexNote(db(), id);
    touchCase(db(), caseId, now);
    return id;
  }

  function create(input: NoteCreateInput): Note {
    const id = db().transaction(() => {
      requireCase(input.caseId);
      return insert(input.caseId, input.title, input.doc ?? EMPTY_NOTE_DOC);
    })();
    return get(id);
  }

  function keepVersion(row: NoteRow, now: string): void {
    db()
      .prepare(
        'INSERT INTO note_versions (note_id, title, doc, text, saved_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(row.id, row.title, row.doc, row.text, now);
    db()
      .prepare(
        `DELETE FROM note_versions WHERE note_id = ? AND id NOT IN (
           SELECT id FROM note_versions WHERE note_id = ? ORDER BY id DESC LIMIT ?)`,
      )
      .run(row.id, row.id, MAX_VERSIONS_PER_NOTE);
  }

  function newestVersionAge(noteId: string, now: string): number {
    const savedAt = db()
      .prepare('SELECT saved_at FROM note_versions WHERE note_id = ? ORDER BY id DESC LIMIT 1')
      .pluck()
      .get(noteId) as string | undefined;
    return savedAt === undefined ? Infinity : Date.parse(now) - Date.parse(savedAt);
  }

  function write(row: NoteRow, title: string, docJson: string, text: string, now: string): void {
    db()
      .prepare(
        `UPDATE notes SET title = ?, doc = ?, text = ?, revision = revision + 1, updated_at = ?
         WHERE id = ?`,
      )
      .run(title, docJson, text, now, row.id);
    indexNote(db(), row.id);
    touchCase(db(), row.case_id, now);
  }

  /** An autosave. Saving what is already stored changes nothing (no revision, no version). */
  function save(input: NoteSaveInput): Note {
    db().transaction(() => {
      const row = requireNote(input.id);
      const title = input.title ?? row.title;
      const docJson = input.doc ? JSON.stringify(input.doc) : row.doc;
      if (title === row.title && docJson === row.doc) return;
      const now = clock.nowIso();
      if (newestVersionAge(row.id, now) >= VERSION_INTERVAL_MS) keepVersion(row, now);
      const text = input.doc ? noteDocText(input.doc) : row.text;
      write(row, title, docJson, text, now);
    })();
    return get(input.id);
  }

  function remove(id: NoteId): { removed: true } {
    const result = db().prepare('DELETE FROM notes WHERE id = ?').run(id);
    if (result.changes === 0) throw new AppError('NOT_FOUND', 'No such note');
    return { removed: true };
  }

  function history(id: NoteId): NoteVersion[] {
    requireNote(id);
    const rows = db()
      .prepare(
        `SELECT id, note_id, title, substr(text, 1, 400) AS text, saved_at
         FROM note_versions WHERE note_id = ? ORDER BY id DESC`,
      )
      .all(id) as Omit<NoteVersionRow, 'doc'>[];
    return rows.map(toNoteVersion);
  }

  function requireVersion(id: NoteId, versionId: number): NoteVersionRow {
    requireNote(id);
    const row = db()
      .prepare('SELECT * FROM note_versions WHERE id = ? AND note_id = ?')
      .get(versionId, id) as NoteVersionRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'No such version of this note');
    return row;
  }

  const version = (id: NoteId, versionId: number): NoteVersionDetail =>
    toNoteVersionDetail(requireVersion(id, versionId));

  /** The replaced state is always kept, so a restore can itself be undone. */
  function restore(id: NoteId, versionId: number): Note {
    db().transaction(() => {
      const target = requireVersion(id, versionId);
      const row = requireNote(id);
      const now = clock.nowIso();
      keepVersion(row, now);
      write(row, target.title, target.doc, target.text, now);
    })();
    return get(id);
  }

  return { list, get, create, insert, save, remove, history, version, restore };
}

export type NoteService = ReturnType<typeof createNoteService>;
