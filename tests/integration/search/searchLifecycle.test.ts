import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaseService } from '../../../electron/core/cases/caseService';
import { systemClock } from '../../../electron/core/clock';
import { createDocumentService } from '../../../electron/core/documents/documentService';
import { createSearchService } from '../../../electron/core/search/searchService';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import { caseFieldsSchema } from '../../../shared/domain/case';
import { expectOk, PASSPHRASE } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';
import { openSearchVault, type SearchVault } from './searchVault';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function vault(): Promise<SearchVault> {
  const opened = await openSearchVault();
  cleanups.push(() => opened.dispose());
  return opened;
}

describe('the index follows the documents', () => {
  it('forgets a removed document', async () => {
    const v = await vault();
    const caseId = await v.createCase('Дело');
    const id = await v.importFile(caseId, 'a.txt', 'Свидетель опознал подсудимого.');
    await v.importFile(caseId, 'b.txt', 'Свидетель не явился.');
    expect(await v.search('свидетель')).toMatchObject({ documents: { length: 2 } });
    expectOk(await v.api.documents.remove({ id, confirm: true }));
    expect(await v.titles('свидетель')).toEqual(['b']);
    expect(await v.titles('подсудимого')).toEqual([]);
    expect(await v.titles('опозна')).toEqual([]);
  });

  it('follows a title edit', async () => {
    const v = await vault();
    const caseId = await v.createCase('Дело');
    const id = await v.importFile(caseId, 'scan.txt', 'Текст страницы.', { title: 'Ходатайство' });
    expect(await v.titles('ходатайства')).toEqual(['Ходатайство']);
    expectOk(await v.api.documents.update({ id, changes: { title: 'Жалоба на постановление' } }));
    expect(await v.titles('ходатайство')).toEqual([]);
    expect(await v.titles('жалобы')).toEqual(['Жалоба на постановление']);
    expectOk(await v.api.documents.update({ id, changes: { tags: ['срочное'] } }));
    expect(await v.titles('срочное')).toEqual(['Жалоба на постановление']);
  });

  it('gives the same answers after a reindex', async () => {
    const v = await vault();
    const caseId = await v.createCase('Дело');
    await v.importFile(caseId, 'a.txt', 'Суд вынес приговор. Адвокат обжаловал приговор суда.');
    await v.importFile(caseId, 'b.txt', 'Сот үкімі заңды күшіне енді.', { language: 'kk' });
    await v.importFile(caseId, 'c.txt', '', { title: 'Пустой файл' }).catch(() => null);
    const queries = ['суд', 'приговора', '"приговор суда"', 'үкім', 'NEAR(адвокат приговор)'];
    const before = await Promise.all(queries.map((query) => v.search(query)));
    const counts = expectOk(await v.api.search.reindex());
    expect(counts).toEqual({ documents: 2, pages: 2 });
    expect(await Promise.all(queries.map((query) => v.search(query)))).toEqual(before);
  });
});

describe('index rows (service level)', () => {
  function openVault() {
    const { dir, cleanup } = makeTempDir();
    const session = new VaultSession(path.join(dir, 'casefile.vault'), {});
    session.create(PASSPHRASE);
    cleanups.push(() => {
      session.lock('manual');
      cleanup();
    });
    const db = () => session.db();
    const count = (sql: string, ...params: string[]) =>
      db()
        .prepare(sql)
        .pluck()
        .get(...params) as number;
    return {
      db,
      cases: createCaseService(db, systemClock),
      documents: createDocumentService(db, systemClock),
      search: createSearchService(db),
      rows: () => count('SELECT count(*) FROM search_rows'),
      // Pages are in search_index, everything else (metadata, cases, notes...) in search_meta.
      ftsRows: (word: string) =>
        count('SELECT count(*) FROM search_index WHERE search_index MATCH ?', `text:"${word}"`) +
        count('SELECT count(*) FROM search_meta WHERE search_meta MATCH ?', `text:"${word}"`),
      trigramRows: (word: string) =>
        count('SELECT count(*) FROM search_trigram WHERE search_trigram MATCH ?', `"${word}"`),
    };
  }

  it('indexes case fields, and a deleted case takes every row of its own and its documents', () => {
    const v = openVault();
    const { id: caseId } = v.cases.create(
      caseFieldsSchema.parse({ title: 'Дело Сейткали', court: 'Медеуский районный суд' }),
    );
    expect(v.ftsRows('медеуский')).toBe(1);
    v.cases.update(caseId, { court: 'Алмалинский районный суд' });
    expect(v.ftsRows('медеуский')).toBe(0);
    expect(v.ftsRows('алмалинский')).toBe(1);
    const outcome = v.documents.importDocument({
      caseId,
      originalName: 'protocol.txt',
      bytes: Buffer.from('Протокол допроса'),
      mediaType: 'text/plain',
      extraction: { pageCount: 1, title: null, pages: ['Протокол допроса свидетеля'] },
    });
    expect(outcome.duplicate).toBe(false);
    expect(v.rows()).toBe(3); // the case, the document's metadata, its page
    expect(v.trigramRows('допрос')).toBe(1);
    v.cases.remove(caseId);
    expect(v.rows()).toBe(0);
    expect(v.ftsRows('допроса')).toBe(0);
    expect(v.ftsRows('алмалинский')).toBe(0);
    expect(v.trigramRows('допрос')).toBe(0);
  });

  it('rolls the index back with a failed import', () => {
    const v = openVault();
    const { id: caseId } = v.cases.create(caseFieldsSchema.parse({ title: 'Дело' }));
    const input = {
      caseId,
      originalName: 'a.txt',
      bytes: Buffer.from('x'),
      mediaType: 'text/plain' as const,
      extraction: { pageCount: 1, title: null, pages: ['Показания потерпевшего'] },
    };
    v.documents.importDocument(input);
    const rows = v.rows();
    // Same bytes again: a duplicate writes nothing, index included.
    expect(v.documents.importDocument(input).duplicate).toBe(true);
    expect(v.rows()).toBe(rows);
    expect(() =>
      v.documents.importDocument({ ...input, bytes: Buffer.from('y'), caseId: 'no-such' as never }),
    ).toThrow();
    expect(v.rows()).toBe(rows);
    expect(v.search.search({ query: 'потерпевший', limit: 10 }).documents).toHaveLength(1);
  });

  it('re-stems the pages when the language changes', () => {
    const v = openVault();
    const { id: caseId } = v.cases.create(caseFieldsSchema.parse({ title: 'Дело' }));
    const outcome = v.documents.importDocument({
      caseId,
      originalName: 'a.txt',
      bytes: Buffer.from('z'),
      mediaType: 'text/plain',
      extraction: { pageCount: 1, title: null, pages: ['Сотта куәлар тыңдалды'] },
    });
    if (outcome.duplicate) throw new Error('unexpected duplicate');
    const id = outcome.id;
    const stemsOf = () =>
      v.db().prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck();
    const before = stemsOf().get('stems:"сотт"') as number;
    v.documents.update(id, { language: 'kk' });
    const after = stemsOf().get('stems:"сотт"') as number;
    expect([before, after]).toEqual([1, 0]);
    expect(v.search.search({ query: 'сот', limit: 5 }).documents).toHaveLength(1);
  });
});
