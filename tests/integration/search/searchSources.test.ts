import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentId } from '../../../shared/domain/ids';
import { plainTextToNoteDoc } from '../../../shared/domain/note';
import type { SearchResult } from '../../../shared/domain/search';
import { expectOk, type CoreFixture } from '../../support/coreFixture';
import { vaultWithDocuments } from '../../support/importedVault';

const fixtures: CoreFixture[] = [];
afterEach(() => fixtures.splice(0).forEach((fixture) => fixture.dispose()));

const PAGE_TEXT = 'Протокол допроса. Свидетель пояснил, что видел автомобиль у здания суда.';

async function vaultWithOneDocument() {
  const fixture = await vaultWithDocuments([
    { name: 'protocol.txt', bytes: Buffer.from(PAGE_TEXT) },
  ]);
  fixtures.push(fixture);
  const documentId = fixture.ids[0] as DocumentId;
  const { caseId } = expectOk(await fixture.api.documents.get({ id: documentId }));
  return { ...fixture, documentId, caseId: caseId };
}

const kinds = (result: SearchResult) => result.items.map((item) => [item.kind, item.title]);

describe('search over notes, annotation comments, facts and parties (issue 5)', () => {
  it('finds a word that exists only in a note, in any form, and forgets the note with it', async () => {
    const { api, caseId } = await vaultWithOneDocument();
    const note = expectOk(
      await api.notes.create({
        caseId,
        title: 'Тактика защиты',
        doc: plainTextToNoteDoc('Заявить ходатайство об алиби подзащитного.'),
      }),
    );
    const found = expectOk(await api.search.query({ query: 'ходатайства', limit: 10 }));
    expect(found.documents).toEqual([]);
    expect(kinds(found)).toEqual([['note', 'Тактика защиты']]);
    expect(found.items[0]).toMatchObject({ id: note.id, caseId, documentId: null, page: null });
    expect(found.items[0]?.snippet.filter((part) => part.hit).map((part) => part.text)).toEqual([
      'ходатайство',
    ]);

    expectOk(
      await api.notes.save({ id: note.id, doc: plainTextToNoteDoc('Запросить видеозапись.') }),
    );
    expect(expectOk(await api.search.query({ query: 'ходатайство', limit: 10 })).items).toEqual([]);
    expect(kinds(expectOk(await api.search.query({ query: 'видеозапись', limit: 10 })))).toEqual([
      ['note', 'Тактика защиты'],
    ]);
    expectOk(await api.notes.remove({ id: note.id, confirm: true }));
    expect(expectOk(await api.search.query({ query: 'видеозапись', limit: 10 })).items).toEqual([]);
  });

  it('finds a word only in an annotation comment, pointing at its page; the document takes it', async () => {
    const { api, documentId } = await vaultWithOneDocument();
    const annotation = expectOk(
      await api.annotations.create({
        documentId,
        page: 1,
        kind: 'highlight',
        rects: [{ x: 10, y: 20, width: 100, height: 12 }],
        quote: 'видел автомобиль',
        comment: 'Противоречит показаниям Жумабекова',
      }),
    );
    const found = expectOk(await api.search.query({ query: 'противоречит', limit: 10 }));
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({
      kind: 'annotation',
      id: annotation.id,
      documentId,
      page: 1,
      title: 'protocol',
    });
    // Kazakh/Russian surnames are words too, found in another form.
    expect(expectOk(await api.search.query({ query: 'Жумабекову', limit: 10 })).items).toHaveLength(
      1,
    );
    expectOk(await api.documents.remove({ id: documentId, confirm: true }));
    expect(expectOk(await api.search.query({ query: 'противоречит', limit: 10 })).items).toEqual(
      [],
    );
  });

  it('finds a word only in a fact (statement, typed source, issue); a kept fact outlives its document', async () => {
    const { api, caseId, documentId } = await vaultWithOneDocument();
    const fact = expectOk(
      await api.facts.create({
        caseId,
        date: { kind: 'exact', date: '2024-05-14' },
        statement: 'Подзащитная находилась в Шымкенте',
        source: { documentId, page: 1, quote: 'видел автомобиль' },
        issues: ['алиби'],
      }),
    );
    const found = expectOk(await api.search.query({ query: 'Шымкента', limit: 10 }));
    expect(found.items).toEqual([
      expect.objectContaining({ kind: 'fact', id: fact.id, documentId, page: 1 }),
    ]);
    expect(kinds(expectOk(await api.search.query({ query: 'алиби', limit: 10 })))).toEqual([
      ['fact', 'Подзащитная находилась в Шымкенте'],
    ]);
    expectOk(await api.documents.remove({ id: documentId, confirm: true }));
    const kept = expectOk(await api.search.query({ query: 'Шымкенте', limit: 10 }));
    expect(kept.items).toEqual([
      expect.objectContaining({ kind: 'fact', id: fact.id, documentId: null, page: null }),
    ]);
  });

  it("finds a case by a party's name, and keeps items to the case searched", async () => {
    const { api, caseId } = await vaultWithOneDocument();
    expectOk(await api.parties.add({ caseId, name: 'Әлібек Сәрсенбаев', role: 'witness' }));
    const other = expectOk(await api.cases.create({ title: 'Другое дело' })).id;
    expectOk(
      await api.notes.create({
        caseId: other,
        title: 'Сәрсенбаев',
        doc: plainTextToNoteDoc('Позвонить Сәрсенбаеву'),
      }),
    );
    const everywhere = expectOk(await api.search.query({ query: 'сәрсенбаев', limit: 10 }));
    expect(everywhere.items.map((item) => item.kind).sort()).toEqual(['case', 'note']);
    const inCase = expectOk(await api.search.query({ query: 'сәрсенбаев', caseId, limit: 10 }));
    expect(inCase.items).toEqual([expect.objectContaining({ kind: 'case', id: caseId })]);
    // A filter only a document can meet leaves cases, notes and facts out.
    const typed = expectOk(
      await api.search.query({ query: 'сәрсенбаев type:protocol', limit: 10 }),
    );
    expect(typed.items).toEqual([]);
  });

  it('gives the snippets of any pages asked for, marked as the search marks them', async () => {
    const { api, documentId } = await vaultWithOneDocument();
    const snippets = expectOk(
      await api.search.snippets({ query: 'автомобилем', documentId, pages: [1, 1, 7] }),
    );
    expect(snippets).toHaveLength(1);
    expect(snippets[0]).toMatchObject({ page: 1, terms: ['автомобиль'] });
    expect(snippets[0]?.snippet.some((part) => part.hit && part.text === 'автомобиль')).toBe(true);
  });
});
