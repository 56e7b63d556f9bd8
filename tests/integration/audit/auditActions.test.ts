import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/domain/job';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import {
  errorCodeOf,
  expectOk,
  openCoreFixture,
  PASSPHRASE,
  type CoreFixture,
} from '../../support/coreFixture';
import { manualClock } from '../../support/manualClock';
import { actionsOf, allEntries } from './auditSupport';

const NEXT_PASSPHRASE = 'новый ключ Алатау 2027';

let fixture: CoreFixture;
let caseId: CaseId;

beforeEach(async () => {
  fixture = await openCoreFixture({ clock: manualClock() });
  caseId = expectOk(await fixture.api.cases.create({ title: 'Дело Жумабаевой' })).id;
});
afterEach(() => fixture.dispose());

async function importText(name: string, text: string): Promise<ImportProgress> {
  const file = path.join(fixture.dir, name);
  fs.writeFileSync(file, text);
  let last: ImportProgress | null = null;
  const stop = fixture.core.subscribe('jobs.progress', (payload) => {
    last = payload as ImportProgress;
  });
  expectOk(await fixture.api.documents.import({ caseId, paths: [file] }));
  await fixture.core.idle();
  stop();
  if (!last) throw new Error('no progress event');
  return last;
}

async function importedId(name: string, text: string): Promise<DocumentId> {
  const result = (await importText(name, text)).results[0];
  if (result?.outcome !== 'imported') throw new Error(`${name} was not imported`);
  return result.documentId;
}

/** The entries appended by `act`, oldest first. */
async function appendedBy(act: () => Promise<unknown>) {
  const before = (await allEntries(fixture.api)).length;
  await act();
  return (await allEntries(fixture.api)).slice(before);
}

describe('the audit log records each operation when it succeeds', () => {
  it('case created, updated (field names only), archived, unarchived and deleted', async () => {
    const [created] = await allEntries(fixture.api);
    expect(created).toMatchObject({ seq: 1, action: 'case.created', caseId, documentId: null });
    expect(created?.at).toBe('2026-05-14T09:00:00.000Z');

    const updated = await appendedBy(() =>
      fixture.api.cases.update({ id: caseId, changes: { title: 'Новое название', court: 'Суд' } }),
    );
    expect(updated).toMatchObject([
      { action: 'case.updated', caseId, detail: { fields: ['court', 'title'] } },
    ]);
    // The values themselves never enter the log: it cannot be erased.
    expect(JSON.stringify(updated.map((entry) => entry.detail))).not.toContain('Новое');

    expect(await appendedBy(() => fixture.api.cases.archive({ id: caseId }))).toMatchObject([
      { action: 'case.archived', caseId },
    ]);
    expect(await appendedBy(() => fixture.api.cases.unarchive({ id: caseId }))).toMatchObject([
      { action: 'case.unarchived', caseId },
    ]);

    await importedId('a.txt', 'первый');
    const deleted = await appendedBy(() => fixture.api.cases.delete({ id: caseId, confirm: true }));
    expect(deleted).toMatchObject([
      { action: 'case.deleted', caseId, caseTitle: null, detail: { documents: 1 } },
    ]);
    // Entries outlive the case they name.
    expect(await actionsOf(fixture.api)).toContain('case.created');
  });

  it('records nothing for a case operation that fails', async () => {
    const missing = '6b1f6a59-4a55-4d53-9a8f-7f2f0a1b2c3d' as CaseId;
    const none = await appendedBy(async () => {
      expect(
        errorCodeOf(await fixture.api.cases.update({ id: missing, changes: { title: 'x' } })),
      ).toBe('NOT_FOUND');
      expect(errorCodeOf(await fixture.api.cases.archive({ id: missing }))).toBe('NOT_FOUND');
      expect(errorCodeOf(await fixture.api.cases.unarchive({ id: missing }))).toBe('NOT_FOUND');
      expect(errorCodeOf(await fixture.api.cases.delete({ id: missing, confirm: true }))).toBe(
        'NOT_FOUND',
      );
      expect(errorCodeOf(await fixture.api.cases.create({ title: '   ' }))).toBe('VALIDATION');
    });
    expect(none).toEqual([]);
  });

  it('document imported (one entry per stored file, none for a duplicate or a rejected file)', async () => {
    const entries = await appendedBy(async () => {
      const id = await importedId('протокол.txt', 'Протокол допроса');
      expect((await importText('копия.txt', 'Протокол допроса')).results[0]?.outcome).toBe(
        'duplicate',
      );
      expect((await importText('пусто.txt', '')).results[0]?.outcome).toBe('rejected');
      return id;
    });
    expect(entries).toHaveLength(1);
    const document = expectOk(
      await fixture.api.documents.get({ id: entries[0]!.documentId as DocumentId }),
    );
    expect(entries[0]).toMatchObject({
      action: 'document.imported',
      caseId,
      documentId: document.id,
      documentTitle: document.title,
      detail: { sha256: document.sha256, mediaType: 'text/plain', size: document.size },
    });
  });

  it('document exported, and nothing when the target exists', async () => {
    const id = await importedId('акт.txt', 'Акт осмотра');
    const out = path.join(fixture.dir, 'акт-копия.txt');
    const exported = await appendedBy(() =>
      fixture.api.documents.exportOriginal({ id, path: out }),
    );
    const { sha256 } = expectOk(await fixture.api.documents.get({ id }));
    expect(exported).toMatchObject([
      { action: 'document.exported', caseId, documentId: id, detail: { sha256 } },
    ]);
    const refused = await appendedBy(async () =>
      expect(errorCodeOf(await fixture.api.documents.exportOriginal({ id, path: out }))).toBe(
        'FILE_EXISTS',
      ),
    );
    expect(refused).toEqual([]);
  });

  it('document deleted, with its hash; nothing for an unknown document', async () => {
    const id = await importedId('справка.txt', 'Справка');
    const { sha256 } = expectOk(await fixture.api.documents.get({ id }));
    const removed = await appendedBy(async () =>
      expectOk(await fixture.api.documents.remove({ id, confirm: true })),
    );
    expect(removed).toMatchObject([
      {
        action: 'document.deleted',
        caseId,
        documentId: id,
        documentTitle: null,
        detail: { sha256 },
      },
    ]);
    const again = await appendedBy(async () =>
      expect(errorCodeOf(await fixture.api.documents.remove({ id, confirm: true }))).toBe(
        'NOT_FOUND',
      ),
    );
    expect(again).toEqual([]);
  });

  it('vault unlocked, and each failed unlock remembered (time and code only) until the next unlock', async () => {
    fixture.core.lock('manual');
    expect(errorCodeOf(await fixture.api.vault.unlock({ passphrase: 'неверный пароль 1' }))).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(errorCodeOf(await fixture.api.vault.unlock({ passphrase: 'неверный пароль 2' }))).toBe(
      'WRONG_PASSPHRASE',
    );
    expectOk(await fixture.api.vault.unlock({ passphrase: PASSPHRASE }));
    const entries = await allEntries(fixture.api);
    expect(entries.slice(-3).map((entry) => [entry.action, entry.detail])).toEqual([
      ['vault.unlockFailed', { code: 'WRONG_PASSPHRASE' }],
      ['vault.unlockFailed', { code: 'WRONG_PASSPHRASE' }],
      ['vault.unlocked', {}],
    ]);
    expect(JSON.stringify(entries)).not.toContain('неверный');
    // Written once: the next unlock does not repeat them.
    fixture.core.lock('manual');
    expectOk(await fixture.api.vault.unlock({ passphrase: PASSPHRASE }));
    expect((await actionsOf(fixture.api)).filter((a) => a === 'vault.unlockFailed')).toHaveLength(
      2,
    );
  });

  it('passphrase changed; nothing when the current passphrase is wrong', async () => {
    const refused = await appendedBy(async () =>
      expect(
        errorCodeOf(
          await fixture.api.vault.changePassphrase({
            current: 'совсем не тот пароль',
            next: NEXT_PASSPHRASE,
          }),
        ),
      ).toBe('WRONG_PASSPHRASE'),
    );
    expect(refused).toEqual([]);
    const changed = await appendedBy(() =>
      fixture.api.vault.changePassphrase({ current: PASSPHRASE, next: NEXT_PASSPHRASE }),
    );
    expect(changed).toMatchObject([{ action: 'passphrase.changed', caseId: null }]);
    expect(expectOk(await fixture.api.audit.verify())).toMatchObject({ ok: true });
  });

  it('lists a case’s entries by action, a page at a time, newest first', async () => {
    await importedId('1.txt', 'один');
    await importedId('2.txt', 'два');
    await importedId('3.txt', 'три');
    const other = expectOk(await fixture.api.cases.create({ title: 'Другое дело' })).id;
    const first = expectOk(
      await fixture.api.audit.list({ caseId, actions: ['document.imported'], limit: 2 }),
    );
    expect(first.entries.map((entry) => entry.documentTitle)).toEqual(['3', '2']);
    expect(first.nextCursor).not.toBeNull();
    const second = expectOk(
      await fixture.api.audit.list({
        caseId,
        actions: ['document.imported'],
        limit: 2,
        cursor: first.nextCursor ?? undefined,
      }),
    );
    expect(second.entries.map((entry) => entry.documentTitle)).toEqual(['1']);
    expect(second.nextCursor).toBeNull();
    const mine = expectOk(await fixture.api.audit.list({ caseId }));
    expect(mine.entries.every((entry) => entry.caseId === caseId)).toBe(true);
    expect(mine.entries.map((entry) => entry.action)).toEqual([
      'document.imported',
      'document.imported',
      'document.imported',
      'case.created',
    ]);
    expect(expectOk(await fixture.api.audit.list({ caseId: other })).entries).toHaveLength(1);
  });
});
