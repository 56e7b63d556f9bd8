import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotationService } from '../../../electron/core/annotations/annotationService';
import { createDocumentService } from '../../../electron/core/documents/documentService';
import { settleDependents } from '../../../electron/core/facts/documentDependents';
import { createFactService } from '../../../electron/core/facts/factService';
import { createNoteService } from '../../../electron/core/notes/noteService';
import { MIGRATIONS } from '../../../electron/core/vault/migrations';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import { PASSPHRASE } from '../../support/coreFixture';
import { manualClock } from '../../support/manualClock';
import { makeTempDir } from '../../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('deleting a document settles its dependents in the same transaction', () => {
  it('leaves the document, its annotations and its facts untouched when settling fails midway', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const session = new VaultSession(path.join(dir, 'casefile.vault'), { migrations: MIGRATIONS });
    cleanups.push(() => session.lock('manual'));
    session.create(PASSPHRASE);
    const db = () => session.db();
    const clock = manualClock();
    const caseId = clock.newId() as CaseId;
    const documentId = clock.newId() as DocumentId;
    const at = clock.nowIso();
    db()
      .prepare(
        `INSERT INTO cases (id, title, status, created_at, updated_at) VALUES (?, ?, 'open', ?, ?)`,
      )
      .run(caseId, 'Дело', at, at);
    db()
      .prepare(
        `INSERT INTO documents (id, case_id, title, original_name, media_type, size, sha256,
           page_count, imported_at, updated_at) VALUES (?, ?, ?, ?, 'text/plain', 1, ?, 1, ?, ?)`,
      )
      .run(documentId, caseId, 'Протокол', 'protocol.txt', 'b'.repeat(64), at, at);
    const notes = createNoteService(db, clock);
    const annotations = createAnnotationService(db, clock);
    const facts = createFactService(db, clock);
    const documents = createDocumentService(db, clock);
    annotations.create({
      documentId,
      page: 1,
      kind: 'comment',
      color: 'yellow',
      rects: [],
      point: { x: 1, y: 1 },
      comment: 'Сверить',
    });
    const fact = facts.create({
      caseId,
      date: { kind: 'year', year: '2024' },
      statement: 'Факт',
      source: { documentId, page: 1 },
      partyIds: [],
      issues: [],
      status: 'unverified',
      importance: 'normal',
    });

    expect(() =>
      documents.remove(documentId, (document) => {
        settleDependents(
          db(),
          document,
          { annotations: 'keepAsNote', facts: 'delete' },
          notes,
          'ru',
        );
        throw new Error('power cut');
      }),
    ).toThrow('power cut');

    expect(documents.get(documentId).title).toBe('Протокол');
    expect(annotations.list({ documentId })).toHaveLength(1);
    expect(facts.get(fact.id)).toEqual(fact);
    expect(notes.list(caseId)).toEqual([]);
  });
});
