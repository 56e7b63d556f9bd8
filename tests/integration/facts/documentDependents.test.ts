import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteDocText } from '../../../shared/domain/note';
import { CYRILLIC_TITLE, cyrillicPdf } from '../../fixtures/pdfFixtures';
import { errorCodeOf, expectOk } from '../../support/coreFixture';
import { openCaseVault, type CaseVault } from '../notes/caseVault';

let vault: CaseVault;
beforeEach(async () => {
  vault = await openCaseVault();
}, 60_000);
afterEach(() => vault.dispose());

/** Two highlights and a sticky comment on the verdict, and two facts citing it. */
async function dependentsOnVerdict() {
  const { api } = vault;
  const on = vault.verdict;
  const first = expectOk(
    await api.annotations.create({
      documentId: on,
      page: 1,
      kind: 'highlight',
      rects: [{ x: 50, y: 40, width: 300, height: 14 }],
      quote: 'Приговор именем Республики Казахстан',
      comment: 'Дата оглашения не указана',
    }),
  );
  expectOk(
    await api.annotations.create({
      documentId: on,
      page: 2,
      kind: 'highlight',
      rects: [{ x: 50, y: 90, width: 200, height: 14 }],
      quote: 'Сотталушы кінәлі деп танылды.',
    }),
  );
  expectOk(
    await api.annotations.create({
      documentId: on,
      page: 2,
      kind: 'comment',
      point: { x: 400, y: 200 },
      comment: 'Сверить с протоколом',
    }),
  );
  const cited = expectOk(
    await api.facts.create({
      caseId: vault.caseId,
      date: { kind: 'exact', date: '2024-05-14' },
      statement: 'Оглашён приговор',
      source: {
        documentId: on,
        page: 1,
        quote: 'Приговор именем Республики Казахстан',
        annotationId: first.id,
      },
    }),
  );
  expectOk(
    await api.facts.create({
      caseId: vault.caseId,
      date: { kind: 'year', year: '2024' },
      statement: 'Признан виновным',
      source: { documentId: on, page: 2 },
    }),
  );
  // Depends on another document: must survive whatever happens to the verdict.
  const unrelated = expectOk(
    await api.facts.create({
      caseId: vault.caseId,
      date: { kind: 'undated' },
      statement: 'Обвинение предъявлено',
      source: { documentId: vault.indictment, page: 1 },
    }),
  );
  expectOk(
    await api.annotations.create({
      documentId: vault.indictment,
      page: 1,
      kind: 'comment',
      point: { x: 1, y: 1 },
      comment: 'чужая пометка',
    }),
  );
  return { cited, unrelated };
}

describe('deleting a document with annotations and facts', () => {
  it('counts what hangs on the document', async () => {
    await dependentsOnVerdict();
    expect(expectOk(await vault.api.documents.dependents({ id: vault.verdict }))).toEqual({
      annotations: 3,
      facts: 2,
    });
    expect(expectOk(await vault.api.documents.dependents({ id: vault.otherDocument }))).toEqual({
      annotations: 0,
      facts: 0,
    });
    expect(
      errorCodeOf(
        await vault.api.documents.dependents({ id: '0f8fad5b-d9cb-469f-a165-70867728950e' }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('by default deletes the annotations and keeps the facts, with the source title and page', async () => {
    const { api } = vault;
    const { cited, unrelated } = await dependentsOnVerdict();
    expectOk(await api.documents.remove({ id: vault.verdict, confirm: true }));
    expect(expectOk(await api.annotations.list({ caseId: vault.caseId }))).toHaveLength(1);
    expect(expectOk(await api.notes.list({ caseId: vault.caseId }))).toEqual([]);
    const facts = expectOk(await api.facts.list({ caseId: vault.caseId }));
    expect(facts).toHaveLength(3);
    expect(facts.find((fact) => fact.id === cited.id)?.source).toEqual({
      documentId: null,
      documentTitle: CYRILLIC_TITLE,
      page: 1,
      quote: 'Приговор именем Республики Казахстан',
      annotationId: null,
    });
    expect(facts.find((fact) => fact.id === unrelated.id)).toEqual(unrelated);
  });

  it('keeps the annotations as a note and deletes the facts when asked to', async () => {
    const { api } = vault;
    const { unrelated } = await dependentsOnVerdict();
    expectOk(
      await api.documents.remove({
        id: vault.verdict,
        confirm: true,
        dependents: { annotations: 'keepAsNote', facts: 'delete' },
      }),
    );
    expect(expectOk(await api.facts.list({ caseId: vault.caseId }))).toEqual([unrelated]);
    expect(expectOk(await api.annotations.list({ caseId: vault.caseId }))).toHaveLength(1);
    const [summary] = expectOk(await api.notes.list({ caseId: vault.caseId }));
    expect(summary?.title).toBe(`Annotations from «${CYRILLIC_TITLE}»`);
    const note = expectOk(await api.notes.get({ id: summary!.id }));
    expect(noteDocText(note.doc).split('\n')).toEqual([
      'Page 1',
      '«Приговор именем Республики Казахстан»',
      'Comment: Дата оглашения не указана',
      'Page 2',
      '«Сотталушы кінәлі деп танылды.»',
      'Page 2',
      'Comment: Сверить с протоколом',
    ]);
  });

  it('titles the kept note in the settings language', async () => {
    const { api } = vault;
    await dependentsOnVerdict();
    expectOk(await api.settings.update({ language: 'kk' }));
    expectOk(
      await api.documents.remove({
        id: vault.verdict,
        confirm: true,
        dependents: { annotations: 'keepAsNote', facts: 'keep' },
      }),
    );
    const [summary] = expectOk(await api.notes.list({ caseId: vault.caseId }));
    expect(summary?.title).toBe(`«${CYRILLIC_TITLE}» құжатындағы белгілер`);
    expect(summary?.excerpt.startsWith('1-бет')).toBe(true);
    expect(expectOk(await api.facts.list({ caseId: vault.caseId }))).toHaveLength(3);
  });

  it('writes no note for a document without annotations', async () => {
    const { api } = vault;
    const extra = await vault.importFile(
      vault.caseId,
      'copy.pdf',
      await cyrillicPdf().then((b) => {
        // Another file (a different hash), or the import would call it a duplicate.
        const copy = new Uint8Array(b.length + 1);
        copy.set(b);
        copy[b.length] = 0x0a;
        return copy;
      }),
    );
    expectOk(
      await api.documents.remove({
        id: extra,
        confirm: true,
        dependents: { annotations: 'keepAsNote', facts: 'keep' },
      }),
    );
    expect(expectOk(await api.notes.list({ caseId: vault.caseId }))).toEqual([]);
    expect(errorCodeOf(await api.documents.get({ id: extra }))).toBe('NOT_FOUND');
  });
});
