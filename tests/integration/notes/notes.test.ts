import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { MAX_VERSIONS_PER_NOTE } from '../../../electron/core/notes/noteService';
import type { CaseId, NoteId } from '../../../shared/domain/ids';
import { EMPTY_NOTE_DOC, plainTextToNoteDoc, type NoteDoc } from '../../../shared/domain/note';
import { createClient } from '../../../shared/ipc/client';
import {
  PASSPHRASE,
  errorCodeOf,
  expectOk,
  openCoreFixture,
  type CoreFixture,
} from '../../support/coreFixture';
import { manualClock, type ManualClock } from '../../support/manualClock';

const doc = (text: string): NoteDoc => plainTextToNoteDoc(text);

let clock: ManualClock;
let fixture: CoreFixture;
let caseId: CaseId;
beforeEach(async () => {
  clock = manualClock();
  fixture = await openCoreFixture({ clock });
  caseId = expectOk(await fixture.api.cases.create({ title: 'Дело Сейткали' })).id;
});
afterEach(() => fixture.dispose());

async function createNote(title: string, text?: string): Promise<NoteId> {
  const created = expectOk(
    await fixture.api.notes.create({ caseId, title, ...(text ? { doc: doc(text) } : {}) }),
  );
  return created.id;
}

describe('notes', () => {
  it('creates an empty note, lists notes newest first with an excerpt of their text', async () => {
    const { api } = fixture;
    const first = expectOk(await api.notes.create({ caseId, title: 'План защиты' }));
    expect(first).toMatchObject({ caseId, title: 'План защиты', revision: 1, excerpt: '' });
    expect(first.doc).toEqual(EMPTY_NOTE_DOC);
    clock.advanceMinutes(1);
    const long = 'Свидетель Ахметов показал, что ' + 'видел подсудимого у дома. '.repeat(20);
    const second = await createNote('Показания', long);
    const list = expectOk(await api.notes.list({ caseId }));
    expect(list.map((note) => note.id)).toEqual([second, first.id]);
    expect(list[0]!.excerpt.startsWith('Свидетель Ахметов показал')).toBe(true);
    expect(list[0]!.excerpt.length).toBeLessThanOrEqual(161);
    expect(list[0]!.excerpt.endsWith('…')).toBe(true);
    expect(list[0]).not.toHaveProperty('doc');
  });

  it('saves the document and title, bumping the revision; an identical save changes nothing', async () => {
    const { api } = fixture;
    const id = await createNote('Черновик', 'первая строка');
    clock.advanceMinutes(1);
    const saved = expectOk(await api.notes.save({ id, doc: doc('первая строка\nвторая строка') }));
    expect(saved.revision).toBe(2);
    expect(saved.excerpt).toBe('первая строка вторая строка');
    const renamed = expectOk(await api.notes.save({ id, title: 'Итог' }));
    expect(renamed).toMatchObject({ title: 'Итог', revision: 3 });
    clock.advanceMinutes(10);
    const same = expectOk(await api.notes.save({ id, title: 'Итог', doc: saved.doc }));
    expect(same.revision).toBe(3);
    expect(same.updatedAt).toBe(renamed.updatedAt);
    expect(expectOk(await api.notes.history({ id }))).toHaveLength(1);
  });

  it('keeps one version per pause of five minutes, newest first', async () => {
    const { api } = fixture;
    const id = await createNote('Хронология', 'v1');
    await api.notes.save({ id, doc: doc('v2') }); // no version yet: v1 is kept
    clock.advanceMinutes(1);
    await api.notes.save({ id, doc: doc('v3') }); // v1 kept a minute ago: v2 is not kept
    clock.advanceMinutes(5);
    await api.notes.save({ id, doc: doc('v4') }); // five minutes on: v3 is kept
    const history = expectOk(await api.notes.history({ id }));
    expect(history.map((version) => version.excerpt)).toEqual(['v3', 'v1']);
    expect(history[0]!.savedAt).toBe(clock.nowIso());
    expect(history[0]!.noteId).toBe(id);
  });

  it('restores an earlier version and keeps the state it replaced', async () => {
    const { api } = fixture;
    const id = await createNote('Позиция', 'Вариант А: алиби');
    clock.advanceMinutes(6);
    const current = expectOk(
      await api.notes.save({ id, title: 'Позиция 2', doc: doc('Вариант Б') }),
    );
    const [earlier] = expectOk(await api.notes.history({ id }));
    const detail = expectOk(await api.notes.version({ id, versionId: earlier!.id }));
    expect(detail).toMatchObject({ title: 'Позиция', doc: doc('Вариант А: алиби') });

    clock.advanceMinutes(1);
    const restored = expectOk(await api.notes.restore({ id, versionId: earlier!.id }));
    expect(restored).toMatchObject({ title: 'Позиция', revision: current.revision + 1 });
    expect(restored.doc).toEqual(doc('Вариант А: алиби'));
    const history = expectOk(await api.notes.history({ id }));
    expect(history[0]).toMatchObject({ title: 'Позиция 2', excerpt: 'Вариант Б' });
    // The restore itself can be undone from the kept state.
    const undone = expectOk(await api.notes.restore({ id, versionId: history[0]!.id }));
    expect(undone.doc).toEqual(doc('Вариант Б'));
  });

  it(`keeps at most ${MAX_VERSIONS_PER_NOTE} versions, dropping the oldest`, async () => {
    const { api } = fixture;
    const id = await createNote('Длинная история', 'v0');
    for (let index = 1; index <= MAX_VERSIONS_PER_NOTE + 5; index++) {
      clock.advanceMinutes(6);
      expectOk(await api.notes.save({ id, doc: doc(`v${index}`) }));
    }
    const history = expectOk(await api.notes.history({ id }));
    expect(history).toHaveLength(MAX_VERSIONS_PER_NOTE);
    expect(history[0]!.excerpt).toBe(`v${MAX_VERSIONS_PER_NOTE + 4}`);
    expect(history.at(-1)!.excerpt).toBe('v5');
  });

  it('refuses malformed notes, unknown ids and versions of another note', async () => {
    const { api } = fixture;
    const id = await createNote('A', 'a');
    const other = await createNote('B', 'b');
    clock.advanceMinutes(6);
    await api.notes.save({ id: other, doc: doc('b2') });
    const [otherVersion] = expectOk(await api.notes.history({ id: other }));
    const code = async (promise: Promise<Parameters<typeof errorCodeOf>[0]>) =>
      errorCodeOf(await promise);
    expect(await code(api.notes.create({ caseId, title: '  ' }))).toBe('VALIDATION');
    expect(await code(api.notes.create({ caseId, title: 'X', doc: { type: 'paragraph' } }))).toBe(
      'VALIDATION',
    );
    expect(await code(api.notes.save({ id }))).toBe('VALIDATION');
    expect(
      await code(api.notes.create({ caseId: '00000000-0000-4000-8000-999999999999', title: 'X' })),
    ).toBe('NOT_FOUND');
    expect(await code(api.notes.get({ id: '00000000-0000-4000-8000-999999999999' }))).toBe(
      'NOT_FOUND',
    );
    expect(await code(api.notes.version({ id, versionId: otherVersion!.id }))).toBe('NOT_FOUND');
    expect(await code(api.notes.restore({ id, versionId: otherVersion!.id }))).toBe('NOT_FOUND');
    expect(await code(api.notes.remove({ id, confirm: false } as never))).toBe('VALIDATION');
    expectOk(await api.notes.remove({ id, confirm: true }));
    expect(await code(api.notes.get({ id }))).toBe('NOT_FOUND');
    expect(await code(api.notes.remove({ id, confirm: true }))).toBe('NOT_FOUND');
  });

  it('keeps every edit across lock and unlock, and across closing and reopening the vault', async () => {
    const { api, core } = fixture;
    const id = await createNote('Заметка', 'до блокировки');
    expectOk(await api.notes.save({ id, doc: doc('последняя правка перед блокировкой') }));
    core.lock('manual');
    expect(errorCodeOf(await api.notes.get({ id }))).toBe('VAULT_LOCKED');
    expectOk(await api.vault.unlock({ passphrase: PASSPHRASE }));
    expect(expectOk(await api.notes.get({ id })).doc).toEqual(
      doc('последняя правка перед блокировкой'),
    );
    expectOk(await api.notes.save({ id, title: 'Заметка — Қазақша', doc: doc('Соңғы түзету') }));
    core.close();

    const reopened = createCore({ vaultPath: fixture.vaultPath, clock });
    try {
      const client = createClient(reopened.dispatch);
      expectOk(await client.vault.unlock({ passphrase: PASSPHRASE }));
      const note = expectOk(await client.notes.get({ id }));
      expect(note).toMatchObject({ title: 'Заметка — Қазақша', revision: 3 });
      expect(note.doc).toEqual(doc('Соңғы түзету'));
      expect(expectOk(await client.notes.history({ id })).map((v) => v.excerpt)).toEqual([
        'до блокировки',
      ]);
    } finally {
      reopened.close();
    }
  });
});
